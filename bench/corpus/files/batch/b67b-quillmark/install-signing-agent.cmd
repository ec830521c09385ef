@echo off
REM install-signing-agent.cmd - sets up an Azure Pipelines agent on a Win-Signing box.
REM Run from an elevated prompt in C:\agents\a1 after unzipping vsts-agent-win-x64-3.236.1.zip
REM PAT needs "Agent Pools (read, manage)" only. Owner: dev.mahajan  (rotate every 90 days!)

set AZP_URL=https://dev.azure.com/quillmark
set AZP_POOL=Win-Signing
set AZP_AGENT=%COMPUTERNAME%-a1
set AZP_TOKEN=⟦azure_devops_pat:agent⟧

if not exist C:\agents\a1\config.cmd (
  echo config.cmd not found, unzip the agent first
  exit /b 1
)

cd /d C:\agents\a1
call config.cmd --unattended ^
  --url %AZP_URL% ^
  --auth pat --token %AZP_TOKEN% ^
  --pool %AZP_POOL% ^
  --agent %AZP_AGENT% ^
  --runAsService --windowsLogonAccount "QUILLMARK\svc-azp-sign" --windowsLogonPassword "Sign-Agent-2024!" ^
  --work D:\_work ^
  --replace

REM KeyLocker client tools read these machine-level variables
setx /M SM_HOST https://clientauth.one.digicert.com
setx /M SM_CLIENT_CERT_FILE C:\signing\keylocker\Certificate_pkcs12.p12

echo Agent %AZP_AGENT% installed.
