# Terraform inputs for the jfrog/artifactory + jfrog/platform providers (workspace: artifactory-prod)
# TODO: move the token to TF_VAR_artifactory_access_token in the TFC workspace (REL-102)

artifactory_url          = "https://artifactory.halden.no"
artifactory_access_token = "⟦jfrog_access_token:tf⟧"

local_repositories = {
  "libs-release-local"  = { package_type = "maven", xray_index = true }
  "libs-snapshot-local" = { package_type = "maven", xray_index = false }
  "npm-local"           = { package_type = "npm", xray_index = true }
  "docker-local"        = { package_type = "docker", xray_index = true }
}

remote_repositories = {
  "maven-remote" = { package_type = "maven", url = "https://repo1.maven.org/maven2/" }
  "npm-remote"   = { package_type = "npm", url = "https://registry.npmjs.org" }
  "docker-remote" = { package_type = "docker", url = "https://registry-1.docker.io/" }
  "nexus-legacy-proxy" = {
    package_type = "maven"
    url          = "https://nexus-legacy.halden.no/repository/releases/"
    username     = "artifactory-proxy"
    password     = "Legacy-Proxy-2022"
  }
}

admin_users = ["ingrid.solberg", "per.haugen"]
