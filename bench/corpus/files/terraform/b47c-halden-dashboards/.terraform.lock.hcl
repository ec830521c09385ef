# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.44.1"
  constraints = "~> 3.44"
  hashes = [
    "⟦go_sum_hash:dd1⟧",
    "zh:⟦sha256:dd2⟧",
    "zh:⟦sha256:dd3⟧",
    "zh:⟦sha256:dd4⟧",
    "zh:⟦sha256:dd5⟧",
    "zh:⟦sha256:dd6⟧",
    "zh:⟦sha256:dd7⟧",
    "zh:⟦sha256:dd8⟧",
    "zh:⟦sha256:dd9⟧",
  ]
}

provider "registry.terraform.io/grafana/grafana" {
  version     = "3.7.0"
  constraints = "~> 3.7"
  hashes = [
    "⟦go_sum_hash:gf1⟧",
    "zh:⟦sha256:gf2⟧",
    "zh:⟦sha256:gf3⟧",
    "zh:⟦sha256:gf4⟧",
    "zh:⟦sha256:gf5⟧",
    "zh:⟦sha256:gf6⟧",
    "zh:⟦sha256:gf7⟧",
    "zh:⟦sha256:gf8⟧",
    "zh:⟦sha256:gf9⟧",
    "zh:⟦sha256:gf10⟧",
  ]
}

provider "registry.terraform.io/pagerduty/pagerduty" {
  version     = "3.15.6"
  constraints = "~> 3.15"
  hashes = [
    "⟦go_sum_hash:pd1⟧",
    "zh:⟦sha256:pd2⟧",
    "zh:⟦sha256:pd3⟧",
    "zh:⟦sha256:pd4⟧",
    "zh:⟦sha256:pd5⟧",
    "zh:⟦sha256:pd6⟧",
    "zh:⟦sha256:pd7⟧",
  ]
}
