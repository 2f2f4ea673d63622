# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_network_interface.web_01_app_net
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a/6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e"
}

resource "ibm_pi_network_interface" "web_01_app_net" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_network_id        = "4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a"
  pi_name              = "web-01-app-net"
  pi_ip_address        = "192.168.10.23"
  pi_instance_id       = "8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
  lifecycle {
    ignore_changes = [pi_network_id, pi_ip_address, pi_instance_id, pi_name]
  }
}
