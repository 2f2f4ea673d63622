# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Import the attachment, then detach with: terraform destroy -target=ibm_pi_volume_attach.web_01_data_01
# Destroying the attachment detaches the volume and keeps it
import {
  to = ibm_pi_volume_attach.web_01_data_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60/c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"
}

resource "ibm_pi_volume_attach" "web_01_data_01" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_instance_id       = "8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
  pi_volume_id         = "c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"
  lifecycle {
    ignore_changes = [pi_cloud_instance_id, pi_instance_id, pi_volume_id]
  }
}
