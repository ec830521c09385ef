job "billing-worker" {
  datacenters = ["fsn1"]
  type        = "service"

  vault {
    policies    = ["billing-worker"]
    change_mode = "restart"
  }

  group "worker" {
    count = 3

    task "worker" {
      driver = "docker"

      config {
        image = "registry.fleet.internal/billing-worker@⟦docker_digest⟧"
      }

      env {
        QUEUE_NAME      = "invoices"
        CONCURRENCY     = "4"
        VAULT_NAMESPACE = "billing"
      }

      template {
        destination = "secrets/app.env"
        env         = true
        change_mode = "restart"
        data        = <<-EOT
          {{ with secret "database/creds/billing-worker" }}
          DB_USER={{ .Data.username }}
          DB_PASSWORD={{ .Data.password }}
          {{ end }}
          {{ with secret "kv/data/billing/sendgrid" }}
          SENDGRID_API_KEY={{ .Data.data.api_key }}
          {{ end }}
          RABBITMQ_URL=amqp://{{ key "billing/rabbitmq/user" }}:{{ with secret "rabbitmq/creds/worker" }}{{ .Data.password }}{{ end }}@rabbitmq.service.consul:5672/
        EOT
      }

      template {
        destination = "local/tls/ca.pem"
        data        = "{{ with secret \"pki/issue/billing\" \"common_name=worker.billing.consul\" }}{{ .Data.issuing_ca }}{{ end }}"
      }
    }
  }
}
