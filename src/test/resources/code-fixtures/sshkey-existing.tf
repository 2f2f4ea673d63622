# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Bring the existing object under Terraform: terraform plan should then show no changes
# The import id takes the key's id, not its name: ibmcloud pi ssh-key get <name> shows it
import {
  to = ibm_pi_key.ops_key
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/<SSH_KEY_ID>"
}

# The console keeps account-wide keys; pi_visibility = "account" matches them
resource "ibm_pi_key" "ops_key" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_key_name          = "ops key"
  pi_ssh_key           = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yY29weWFzY29kZQ ops@example"
  pi_visibility        = "account"
}
