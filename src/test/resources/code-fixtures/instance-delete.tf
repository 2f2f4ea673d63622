# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_instance.web_01
# Terraform has no 'delete data volumes' option: destroy their ibm_pi_volume resources too
import {
  to = ibm_pi_instance.web_01
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
}
