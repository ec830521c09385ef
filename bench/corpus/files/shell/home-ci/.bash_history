sudo apt-get update
sudo apt-get install -y docker.io jq unzip
curl -fsSL https://get.docker.com | sh
sudo usermod -aG docker gitlab-runner
sudo gitlab-runner register --url https://gitlab.com/ --registration-token ⟦gitlab_runner_registration⟧ --executor docker --docker-image alpine:3.19
sudo gitlab-runner register --non-interactive --url https://gitlab.com --token ⟦gitlab_runner_token⟧ --executor shell
sudo systemctl restart gitlab-runner
cat /etc/gitlab-runner/config.toml
echo ⟦dockerhub_pat⟧ | docker login -u buildbot --password-stdin
docker login registry.gitlab.com -u deploy-bot -p ⟦gitlab_deploy_token⟧
aws configure set aws_access_key_id ⟦aws_access_key_id⟧
aws configure set aws_secret_access_key ⟦aws_secret_access_key⟧
aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com
export VAULT_TOKEN=⟦vault_token_legacy⟧
vault kv get secret/ci/deploy
git clone https://oauth2:⟦gitlab_pat⟧@gitlab.com/northwind/platform/infra.git
cd infra
git log --oneline -5
npm config set //registry.npmjs.org/:_authToken ⟦npm_token⟧
npm publish --access public
df -h
free -m
htop
sudo reboot
