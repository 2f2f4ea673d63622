# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Also set the server's image, network and system type as they are today (or draft the whole
# block with terraform plan -generate-config-out=generated.tf), then apply: the update is in place
import {
  to = ibm_pi_instance.web_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
}

resource "ibm_pi_instance" "web_01" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_instance_name     = "web-01"
  pi_ibmi_css          = true
  pi_ibmi_pha          = false
  pi_ibmi_rds_users    = 5
  lifecycle {
    ignore_changes = [pi_image_id, pi_network, pi_key_pair_name, pi_user_data, pi_replicants, pi_replication_policy, pi_replication_scheme, pi_storage_type, pi_storage_connection, pi_pin_policy, pi_health_status]
  }
}
