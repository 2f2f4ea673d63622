# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_instance_snapshot.web_01_before_patch
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8b0c1e"
}

resource "ibm_pi_instance_snapshot" "web_01_before_patch" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_instance_name     = "8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
  pi_snapshot_name     = "web-01-before-patch"
  pi_description       = "before the May patch"
  pi_volume_ids        = ["c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"]
  lifecycle {
    ignore_changes = [pi_cloud_instance_id, pi_instance_name, pi_volume_ids, pi_description]
  }
}
