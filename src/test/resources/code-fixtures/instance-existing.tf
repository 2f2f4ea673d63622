# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_instance.web_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
}

resource "ibm_pi_instance" "web_01" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_instance_name     = "web-01"
  pi_image_id          = "2f3a6b8c-0d1e-4f2a-b3c4-d5e6f7a8b9c0"
  pi_processors        = 0.5
  pi_proc_type         = "shared"
  pi_memory            = 8
  pi_sys_type          = "s1022"
  pi_key_pair_name     = "ops key"
  pi_storage_type      = "tier3"
  pi_user_data         = "#cloud-config\npackages:\n  - httpd\n"
  pi_user_tags         = ["env:prod", "team:web"]
  pi_network {
    network_id = "4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a"
    ip_address = "192.168.10.20"
  }
  lifecycle {
    ignore_changes = [pi_image_id, pi_network, pi_key_pair_name, pi_user_data, pi_replicants, pi_replication_policy, pi_replication_scheme, pi_storage_type, pi_storage_connection, pi_pin_policy, pi_health_status]
  }
}
