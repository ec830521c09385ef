tailscale up --authkey=⟦tailscale_auth_key⟧ --advertise-tags=tag:ci
tailscale status
age-keygen -o key.txt
cat key.txt
export SOPS_AGE_KEY=⟦age_secret_key⟧
sops -d secrets.enc.yaml | head
curl -s -H "Authorization: Bearer ⟦slack_user_token_legacy⟧" https://slack.com/api/auth.test
curl -s https://slack.com/api/chat.postMessage -d token=⟦slack_bot_token_legacy⟧ -d channel=C024BE91L -d text=hi
curl -s "https://slack.com/api/admin.conversations.search?token=⟦slack_workspace_token_legacy⟧"
curl -s -X POST https://slack.com/api/tooling.tokens.rotate -d refresh_token=⟦slack_refresh_token⟧
gh api user -H "Authorization: token ⟦github_user_to_server⟧"
gitlab-agent --token ⟦gitlab_agent_token⟧ --kas-address wss://kas.gitlab.com
curl "https://gitlab.com/dashboard/issues.atom?feed_token=⟦gitlab_feed_token⟧&state=opened"
circleci setup --token ⟦circleci_token_legacy⟧ --host https://circleci.com --no-prompt
travis login --github-token ⟦github_pat⟧ --com
travis env set API_KEY value --token ⟦travis_token⟧
doppler configure set token ⟦doppler_personal_token⟧
jf c add prod --url https://northwind.jfrog.io --access-token ⟦jfrog_access_token⟧ --interactive=false
ls -la ~/.jfrog
history -c
