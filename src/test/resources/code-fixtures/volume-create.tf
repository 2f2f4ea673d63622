# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

resource "ibm_pi_volume" "data_01" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_volume_name       = "data-01"
  pi_volume_size       = 100
  pi_volume_type       = "tier1"
  pi_volume_shareable  = false
}
