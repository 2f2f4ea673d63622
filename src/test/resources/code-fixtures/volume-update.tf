# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Also set the volume's other arguments as they are today (or draft the whole block with
# terraform plan -generate-config-out=generated.tf), then apply: the change is in place
import {
  to = ibm_pi_volume.data_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"
}

resource "ibm_pi_volume" "data_01" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_volume_name       = "data-01-big"
  pi_volume_size       = 200
}
