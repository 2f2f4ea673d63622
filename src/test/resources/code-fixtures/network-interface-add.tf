# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Creating the resource reserves the address and attaches it to the server (the provider sends
# the same two requests); destroying it removes the server from the network
resource "ibm_pi_network_interface" "web_01_app_net" {
  pi_cloud_instance_id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_network_id        = "4b6d8f0a-2c4e-4a6c-8e0a-2c4e6a8c0e2a"
  pi_name              = "web-01-app-net"
  pi_instance_id       = "8f3c2a1e-6b4d-4c9e-a7f2-1d5e9b3c8a60"
}
