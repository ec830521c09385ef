# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "⟦go_sum_hash:hashicorp/aws1⟧",
    "⟦go_sum_hash:hashicorp/aws2⟧",
    "zh:⟦sha256:hashicorp/aws1⟧",
    "zh:⟦sha256:hashicorp/aws2⟧",
    "zh:⟦sha256:hashicorp/aws3⟧",
    "zh:⟦sha256:hashicorp/aws4⟧",
    "zh:⟦sha256:hashicorp/aws5⟧",
    "zh:⟦sha256:hashicorp/aws6⟧",
    "zh:⟦sha256:hashicorp/aws7⟧",
    "zh:⟦sha256:hashicorp/aws8⟧",
    "zh:⟦sha256:hashicorp/aws9⟧",
    "zh:⟦sha256:hashicorp/aws10⟧",
    "zh:⟦sha256:hashicorp/aws11⟧",
    "zh:⟦sha256:hashicorp/aws12⟧",
  ]
}

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.30.0"
  constraints = "~> 4.26"
  hashes = [
    "⟦go_sum_hash:cloudflare/cloudflare1⟧",
    "⟦go_sum_hash:cloudflare/cloudflare2⟧",
    "zh:⟦sha256:cloudflare/cloudflare1⟧",
    "zh:⟦sha256:cloudflare/cloudflare2⟧",
    "zh:⟦sha256:cloudflare/cloudflare3⟧",
    "zh:⟦sha256:cloudflare/cloudflare4⟧",
    "zh:⟦sha256:cloudflare/cloudflare5⟧",
    "zh:⟦sha256:cloudflare/cloudflare6⟧",
    "zh:⟦sha256:cloudflare/cloudflare7⟧",
    "zh:⟦sha256:cloudflare/cloudflare8⟧",
    "zh:⟦sha256:cloudflare/cloudflare9⟧",
    "zh:⟦sha256:cloudflare/cloudflare10⟧",
    "zh:⟦sha256:cloudflare/cloudflare11⟧",
    "zh:⟦sha256:cloudflare/cloudflare12⟧",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.38.0"
  constraints = "~> 3.37"
  hashes = [
    "⟦go_sum_hash:datadog/datadog1⟧",
    "⟦go_sum_hash:datadog/datadog2⟧",
    "zh:⟦sha256:datadog/datadog1⟧",
    "zh:⟦sha256:datadog/datadog2⟧",
    "zh:⟦sha256:datadog/datadog3⟧",
    "zh:⟦sha256:datadog/datadog4⟧",
    "zh:⟦sha256:datadog/datadog5⟧",
    "zh:⟦sha256:datadog/datadog6⟧",
    "zh:⟦sha256:datadog/datadog7⟧",
    "zh:⟦sha256:datadog/datadog8⟧",
    "zh:⟦sha256:datadog/datadog9⟧",
    "zh:⟦sha256:datadog/datadog10⟧",
    "zh:⟦sha256:datadog/datadog11⟧",
    "zh:⟦sha256:datadog/datadog12⟧",
  ]
}

provider "registry.terraform.io/hetznercloud/hcloud" {
  version     = "1.46.1"
  constraints = "~> 1.45"
  hashes = [
    "⟦go_sum_hash:hetznercloud/hcloud1⟧",
    "⟦go_sum_hash:hetznercloud/hcloud2⟧",
    "zh:⟦sha256:hetznercloud/hcloud1⟧",
    "zh:⟦sha256:hetznercloud/hcloud2⟧",
    "zh:⟦sha256:hetznercloud/hcloud3⟧",
    "zh:⟦sha256:hetznercloud/hcloud4⟧",
    "zh:⟦sha256:hetznercloud/hcloud5⟧",
    "zh:⟦sha256:hetznercloud/hcloud6⟧",
    "zh:⟦sha256:hetznercloud/hcloud7⟧",
    "zh:⟦sha256:hetznercloud/hcloud8⟧",
    "zh:⟦sha256:hetznercloud/hcloud9⟧",
    "zh:⟦sha256:hetznercloud/hcloud10⟧",
    "zh:⟦sha256:hetznercloud/hcloud11⟧",
    "zh:⟦sha256:hetznercloud/hcloud12⟧",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.6.1"
  hashes = [
    "⟦go_sum_hash:hashicorp/random1⟧",
    "⟦go_sum_hash:hashicorp/random2⟧",
    "zh:⟦sha256:hashicorp/random1⟧",
    "zh:⟦sha256:hashicorp/random2⟧",
    "zh:⟦sha256:hashicorp/random3⟧",
    "zh:⟦sha256:hashicorp/random4⟧",
    "zh:⟦sha256:hashicorp/random5⟧",
    "zh:⟦sha256:hashicorp/random6⟧",
    "zh:⟦sha256:hashicorp/random7⟧",
    "zh:⟦sha256:hashicorp/random8⟧",
    "zh:⟦sha256:hashicorp/random9⟧",
    "zh:⟦sha256:hashicorp/random10⟧",
    "zh:⟦sha256:hashicorp/random11⟧",
    "zh:⟦sha256:hashicorp/random12⟧",
  ]
}

