# ci-deployer: used by GitLab CI (AppRole) to read deploy-time secrets and issue short-lived certs.

# read app secrets for the service being deployed
path "kv/data/apps/{{identity.entity.aliases.auth_approle_4f2c81e0.metadata.service}}/*" {
  capabilities = ["read"]
}

path "kv/metadata/apps/*" {
  capabilities = ["list"]
}

# database credentials are dynamic; CI only needs the migration role
path "database/creds/migrate-*" {
  capabilities = ["read"]
}

# internal TLS for service mesh sidecars
path "pki_int/issue/svc-halyard-systems" {
  capabilities = ["create", "update"]
  allowed_parameters = {
    "common_name" = ["*.svc.halyard.systems"]
    "ttl"         = []
  }
}

# AWS dynamic credentials for the deploy role
path "aws/sts/deployer" {
  capabilities = ["read"]
}

# allow the pipeline to renew and revoke its own token
path "auth/token/renew-self" {
  capabilities = ["update"]
}

path "auth/token/revoke-self" {
  capabilities = ["update"]
}

# explicitly deny anything under the payments PSP path
path "kv/data/payments/psp" {
  capabilities = ["deny"]
}
