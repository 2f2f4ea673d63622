# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

resource "ibm_pi_image" "rhel9_sp4" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_image_name        = "RHEL9-SP4"
  pi_image_id          = "5e7a9c1b-3d5f-4a7c-9e1b-3d5f7a9c1b3d"
}
