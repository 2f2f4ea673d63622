# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Terraform deletes an object it manages. To delete this one:
#   terraform plan -generate-config-out=generated.tf   (drafts its resource block)
#   terraform apply                                     (imports it)
#   terraform destroy -target=ibm_pi_key.ops_key
# The import id takes the key's id, not its name: ibmcloud pi ssh-key get <name> shows it
import {
  to = ibm_pi_key.ops_key
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/<SSH_KEY_ID>"
}
