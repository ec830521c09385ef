ssh bld-rhel-04
sudo systemctl status bamboo-agent
curl -s -u gareth.hughes:Fernhill-Bamboo-Q3! https://bamboo.fernhill.internal/rest/api/latest/agent | jq '.[] | {name, online}'
jf c add fernhill --url https://artifactory.fernhill.internal --access-token ⟦jfrog_access_token:hist⟧ --interactive=false
jf rt ping --server-id fernhill
jf rt search "libs-release-local/uk/fernhill/payments-gateway/*" --server-id fernhill | jq length
hal config version edit --version 1.33.0
echo ⟦github_fine_grained_pat:hal⟧ | hal config artifact github account add fernhill-github --token
hal config provider docker-registry account edit harbor --password-command "cat /home/spinnaker/.hal/harbor-robot"
hal deploy apply
spin application list
kubectl -n spinnaker get pods
git clone https://gareth.hughes:⟦jira_dc_pat:bbdc⟧@git.fernhill.internal/scm/ci/bamboo-specs.git
cd bamboo-specs && mvn -Ppublish-specs exec:java
history | grep -i password
