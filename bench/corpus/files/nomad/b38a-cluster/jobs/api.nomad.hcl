job "billing-api" {
  datacenters = ["fsn1"]
  type        = "service"

  group "api" {
    count = 2

    network {
      port "http" { to = 8080 }
    }

    service {
      name     = "billing-api"
      port     = "http"
      provider = "consul"
    }

    task "api" {
      driver = "docker"

      config {
        image = "registry.fleet.internal/billing-api:2.8.1"
        ports = ["http"]
        auth {
          username = "nomad"
          password = "⟦password:registry⟧"
        }
      }

      env {
        APP_ENV      = "production"
        DATABASE_URL = "mysql://billing:⟦db_password:mysql⟧@mysql.service.consul:3306/billing"
        MAILGUN_KEY  = "⟦mailgun_api_key⟧"
        LOG_LEVEL    = "info"
      }

      template {
        destination = "secrets/stripe.env"
        env         = true
        data        = <<-EOT
          {{ with secret "kv/data/billing/stripe" }}
          STRIPE_SECRET_KEY={{ .Data.data.secret_key }}
          {{ end }}
        EOT
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
