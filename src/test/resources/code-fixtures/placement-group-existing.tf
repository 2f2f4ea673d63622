# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_placement_group.web_spread
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/7b9d1f3a-5c7e-4d9f-b1a3-5c7e9d1f3b5c"
}

resource "ibm_pi_placement_group" "web_spread" {
  pi_cloud_instance_id      = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_placement_group_name   = "web-spread"
  pi_placement_group_policy = "anti-affinity"
  lifecycle {
    ignore_changes = [pi_cloud_instance_id]
  }
}
