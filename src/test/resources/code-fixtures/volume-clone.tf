# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

resource "ibm_pi_volume_clone" "data_copy" {
  pi_cloud_instance_id   = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_volume_clone_name   = "data copy"
  pi_volume_ids          = ["c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"]
  pi_target_storage_tier = "tier3"
}
