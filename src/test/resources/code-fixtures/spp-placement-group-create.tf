# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

resource "ibm_pi_spp_placement_group" "sap_apart" {
  pi_cloud_instance_id          = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_spp_placement_group_name   = "sap_apart"
  pi_spp_placement_group_policy = "anti-affinity"
}
