# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_volume.data_01
import {
  to = ibm_pi_volume.data_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/c2e4f6a8-1b3d-4f5a-8c7e-9d0b2a4c6e81"
}
