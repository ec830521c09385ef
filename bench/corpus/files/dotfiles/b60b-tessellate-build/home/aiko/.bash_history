cd ~/src/engine
bazel build //... --config=bb
bazel build //... --config=bb --remote_header=x-buildbuddy-api-key=⟦b60b_buildbuddy_api_key:aiko⟧
bazel clean --expunge
cat ~/.bazelrc
export DEPOT_TOKEN=⟦b60b_depot_token:user⟧
depot build -t engine:dev --load .
depot projects list
sudo vim /etc/buildkite-agent/buildkite-agent.cfg
sudo sed -i 's/^token=.*/token="⟦b40a_buildkite_agent_token:linux⟧"/' /etc/buildkite-agent/buildkite-agent.cfg
sudo systemctl restart buildkite-agent
journalctl -u buildkite-agent -f
redis-cli -h 10.40.2.15 -a Sccache-Redis-2024 -n 3 dbsize
redis-cli -h 10.40.2.15 -a Sccache-Redis-2024 -n 3 flushdb
sccache --show-stats
cargo login --registry tessellate ⟦b39a_cloudsmith_api_key:cargo⟧
cargo publish --registry tessellate -p engine-proto
AWS_ACCESS_KEY_ID=⟦aws_access_key_id:macs⟧ AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:macs⟧ aws s3 ls s3://tessellate-sccache/rust/ --summarize | tail -2
git status
git log --oneline -5
