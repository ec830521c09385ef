# Boundary PKI worker for the Frankfurt DC (bnd-wrk-fra-01). New host, not registered yet:
# it presents the activation token below on first start (boundary workers create controller-led).
disable_mlock = true

listener "tcp" {
  address = "0.0.0.0:9202"
  purpose = "proxy"
}

worker {
  public_addr       = "bnd-wrk-fra-01.orrery.io"
  initial_upstreams = ["bnd-ctl-01.orrery.internal:9201", "bnd-ctl-02.orrery.internal:9201"]
  auth_storage_path = "/var/lib/boundary/worker"
  controller_generated_activation_token = "⟦b43b_boundary_activation_token:fra01⟧"
  # controller_generated_activation_token = "env://BOUNDARY_ACT_TOKEN"
  tags {
    type   = ["prod", "fra", "db"]
    region = ["eu-central"]
  }
}
