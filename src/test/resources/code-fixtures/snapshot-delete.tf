# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_instance_snapshot.web_01_before_patch
import {
  to = ibm_pi_instance_snapshot.web_01_before_patch
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/3c5e7a9b-1d2f-4e6a-8b0c-2d4f6a8b0c1e"
}
