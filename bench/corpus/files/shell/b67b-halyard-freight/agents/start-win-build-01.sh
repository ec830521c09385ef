#!/usr/bin/env bash
# Starts the inbound agent for win-build-01 from the Cygwin shell on the signing box.
# Scheduled task "Jenkins Agent" runs this at logon of svc-jenkins.
# The secret comes from https://ci.halyard-freight.internal/computer/win-build-01/ ("Run from agent command line").
set -euo pipefail

JENKINS_URL="https://ci.halyard-freight.internal/"
AGENT_NAME="win-build-01"
WORKDIR="D:/jenkins"
JAVA="/cygdrive/c/Program Files/Eclipse Adoptium/jdk-17.0.10.7-hotspot/bin/java.exe"

cd "$WORKDIR"
if [ ! -f agent.jar ] || [ "$(find agent.jar -mtime +30)" ]; then
  curl -sfO "${JENKINS_URL}jnlpJars/agent.jar"
fi

exec "$JAVA" -Xmx1g -jar agent.jar \
  -url "$JENKINS_URL" \
  -secret ⟦b46c_jenkins_agent_secret:win01⟧ \
  -name "$AGENT_NAME" \
  -webSocket \
  -workDir "$WORKDIR"
