# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_network.app_net
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a"
}

resource "ibm_pi_network" "app_net" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_network_name      = "app-net"
  pi_network_type      = "vlan"
  pi_cidr              = "192.168.10.0/24"
  pi_gateway           = "192.168.10.1"
  pi_dns               = ["9.9.9.9", "1.1.1.1"]
  pi_network_mtu       = 1450
  pi_ipaddress_range {
    pi_starting_ip_address = "192.168.10.10"
    pi_ending_ip_address   = "192.168.10.200"
  }
  lifecycle {
    ignore_changes = [pi_cloud_instance_id]
  }
}
