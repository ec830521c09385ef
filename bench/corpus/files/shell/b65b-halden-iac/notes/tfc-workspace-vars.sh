# scratch: moving workspace vars from Atlantis env to TFC variable sets (HB-INFRA-712)
# run line by line, not as a script

TFC_ORG=halden-bank
TFC_TOKEN=⟦terraform_cloud_token:team⟧   # team token "platform-migration", delete after migration

# list workspaces
curl -s -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
  "https://app.terraform.io/api/v2/organizations/$TFC_ORG/workspaces?page%5Bsize%5D=100" | jq -r '.data[].attributes.name'

# create the shared varset
curl -s -X POST -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
  https://app.terraform.io/api/v2/organizations/$TFC_ORG/varsets \
  -d '{"data":{"type":"varsets","attributes":{"name":"aws-prod-deployer","global":false}}}'

# add AWS creds to it (deployer user until OIDC dynamic creds are enabled)
curl -s -X POST -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
  https://app.terraform.io/api/v2/varsets/varset-Y2rXkq9bTz4NwA7p/relationships/vars \
  -d '{"data":{"type":"vars","attributes":{"key":"AWS_ACCESS_KEY_ID","value":"⟦aws_access_key_id:deployer⟧","category":"env","sensitive":false}}}'
curl -s -X POST -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
  https://app.terraform.io/api/v2/varsets/varset-Y2rXkq9bTz4NwA7p/relationships/vars \
  -d '{"data":{"type":"vars","attributes":{"key":"AWS_SECRET_ACCESS_KEY","value":"⟦aws_secret_access_key:deployer⟧","category":"env","sensitive":true}}}'

# attach to workspaces
for ws in ws-3hJk9QpLmN2xT7vB ws-8KqZr4Tn1WcY6eDs; do
  curl -s -X POST -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
    https://app.terraform.io/api/v2/varsets/varset-Y2rXkq9bTz4NwA7p/relationships/workspaces \
    -d "{\"data\":[{\"type\":\"workspaces\",\"id\":\"$ws\"}]}"
done

# agent pool token for the on-prem agents (tfc-agent in the DC)
curl -s -X POST -H "Authorization: Bearer $TFC_TOKEN" -H "Content-Type: application/vnd.api+json" \
  https://app.terraform.io/api/v2/agent-pools/apool-Mv7qR2sXk9LpT4wN/authentication-tokens \
  -d '{"data":{"type":"authentication-tokens","attributes":{"description":"dc1-agents"}}}'
# -> token: ⟦terraform_cloud_token:agent⟧
# put it in /etc/tfc-agent/env on dc1-tfagent-0[1-3] as TFC_AGENT_TOKEN
