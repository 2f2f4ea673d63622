# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_image.rhel9_sp4
import {
  to = ibm_pi_image.rhel9_sp4
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
}
