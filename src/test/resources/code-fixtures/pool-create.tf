# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

resource "ibm_pi_shared_processor_pool" "sap_pool" {
  pi_cloud_instance_id                    = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_shared_processor_pool_name           = "sap_pool"
  pi_shared_processor_pool_host_group     = "s922"
  pi_shared_processor_pool_reserved_cores = 4
  pi_user_tags                            = ["env:prod"]
}
