# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# No ibm_pi_* resource holds a placement group's members: a server's group is the
# pi_placement_group_id argument of its ibm_pi_instance (server web-01).
# To add it to web-spread, set in that resource and apply:
#   pi_placement_group_id = "7b9d1f3a-5c7e-4d9f-b1a3-5c7e9d1f3b5c"
# Use the CLI or curl form for the change alone.
