# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# Also set the pool's host group as it is today (or draft the whole block with
# terraform plan -generate-config-out=generated.tf), then apply: the change is in place
import {
  to = ibm_pi_shared_processor_pool.sap_pool
  id = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70/5a7c9e1b-3d5f-4b7d-9f1b-3d5f7b9d1f3a"
}

resource "ibm_pi_shared_processor_pool" "sap_pool" {
  pi_cloud_instance_id                    = "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"
  pi_shared_processor_pool_name           = "sap_pool"
  pi_shared_processor_pool_reserved_cores = 6
}
