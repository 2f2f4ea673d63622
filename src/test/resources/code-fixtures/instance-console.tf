# Workspace prod-lon
provider "ibm" {
  region = "lon"
  zone   = "lon04"
}

# No ibm_pi_* resource sets a console language: use the CLI or curl form
