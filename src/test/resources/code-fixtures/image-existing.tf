# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
import {
  to = ibm_pi_image.rhel9_sp4
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
}

resource "ibm_pi_image" "rhel9_sp4" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_image_name        = "RHEL9-SP4"
  lifecycle {
    ignore_changes = [pi_image_id, pi_image_bucket_name, pi_image_bucket_file_name, pi_image_bucket_region, pi_image_bucket_access]
  }
}
