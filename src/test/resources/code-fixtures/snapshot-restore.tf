# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# No ibm_pi_* resource restores a snapshot: use the CLI or curl form
