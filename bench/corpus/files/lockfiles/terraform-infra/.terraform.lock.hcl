# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.40.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:⟦b64_blob:h1|slice=0-43⟧=",
    "zh:⟦sha256⟧",
    "zh:⟦sha256⟧",
    "zh:⟦sha256⟧",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.0"
  hashes = [
    "h1:⟦b64_blob:h2|slice=0-43⟧=",
    "zh:⟦sha256⟧",
    "zh:⟦sha256⟧",
  ]
}
