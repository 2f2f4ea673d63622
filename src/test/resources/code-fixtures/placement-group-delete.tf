# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_placement_group.web_spread
# The service deletes the group even while it has members; they keep running
import {
  to = ibm_pi_placement_group.web_spread
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/7b9d1f3a-5c7e-4d9f-b1a3-5c7e9d1f3b5c"
}
