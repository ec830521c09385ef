# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.58.0"
  constraints = "~> 3.50"
  hashes = [
    "h1:Xq0yD2pJm8sTn4VbC7eR1kLw9ZaF6gH3uQ5iO0oPxYs=",
    "zh:⟦sha256:dd1⟧",
    "zh:⟦sha256:dd2⟧",
    "zh:⟦sha256:dd3⟧",
    "zh:⟦sha256:dd4⟧",
    "zh:⟦sha256:dd5⟧",
    "zh:⟦sha256:dd6⟧",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.94.1"
  constraints = ">= 5.40.0, < 6.0.0"
  hashes = [
    "h1:dL4n2f8GkTqYv0RbP7sC3mWx1ZaE9hJ5uKoN6iQlB2g=",
    "h1:Vn3kQ7pLx1sT9bW2cR8mZ0fY4aH6jE5uGoD1iKlP3qs=",
    "zh:⟦sha256:aws1⟧",
    "zh:⟦sha256:aws2⟧",
    "zh:⟦sha256:aws3⟧",
    "zh:⟦sha256:aws4⟧",
    "zh:⟦sha256:aws5⟧",
    "zh:⟦sha256:aws6⟧",
    "zh:⟦sha256:aws7⟧",
    "zh:⟦sha256:aws8⟧",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.7.1"
  constraints = "~> 3.6"
  hashes = [
    "h1:t152MY0tQH4a8fLzTtEWx70ITd3azVOrFDn/pQblbto=",
    "zh:⟦sha256:r1⟧",
    "zh:⟦sha256:r2⟧",
    "zh:⟦sha256:r3⟧",
    "zh:⟦sha256:r4⟧",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "4.0.6"
  constraints = "~> 4.0"
  hashes = [
    "h1:n3M50qfWfRSpQV9Pwcvuse03pEizqrmYEryxKky4so4=",
    "zh:⟦sha256:t1⟧",
    "zh:⟦sha256:t2⟧",
    "zh:⟦sha256:t3⟧",
  ]
}

provider "registry.terraform.io/pagerduty/pagerduty" {
  version     = "3.23.1"
  constraints = "~> 3.20"
  hashes = [
    "h1:Qm8wR2nX5vT1kL9sY3bZ7cA0dE4fG6hJ2iK8lM1nO5p=",
    "zh:⟦sha256:p1⟧",
    "zh:⟦sha256:p2⟧",
    "zh:⟦sha256:p3⟧",
  ]
}
