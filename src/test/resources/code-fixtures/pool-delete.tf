# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_shared_processor_pool.sap_pool
import {
  to = ibm_pi_shared_processor_pool.sap_pool
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/5a7c9e1b-3d5f-4b7d-9f1b-3d5f7b9d1f3a"
}
