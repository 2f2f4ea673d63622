# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# No ibm_pi_* resource holds an SPP placement group's members: a pool's groups are the
# pi_shared_processor_pool_placement_groups list of its ibm_pi_shared_processor_pool (pool sap_pool).
# To add it to sap_apart, put this id in that list and apply:
#   "9d1f3b5c-7e9a-4f1b-83c5-7e9a1b3d5f7e"
# Use the CLI or curl form for the change alone.
