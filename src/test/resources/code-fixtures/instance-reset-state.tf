# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# The action runs when the resource is created; destroying it does nothing
resource "ibm_pi_instance_action" "web_01_reset_state" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_instance_id       = "8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
  pi_action            = "reset-state"
}
