# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_network_interface.web_01_app_net
# To detach it and keep the address, set pi_instance_id = "" and apply instead
import {
  to = ibm_pi_network_interface.web_01_app_net
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a/6e8a0c2e-4a6c-4e8a-0c2e-4a6c8e0a2c4e"
}
