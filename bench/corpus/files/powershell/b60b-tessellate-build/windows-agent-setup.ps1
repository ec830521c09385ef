<#
.SYNOPSIS
  Installs the Buildkite agent + sccache on a Windows build VM (queue=windows).
.NOTES
  Run as Administrator. Tested on Windows Server 2022 Datacenter (Azure D16as_v5).
#>
[CmdletBinding()]
param(
    [string]$AgentToken = "⟦b40a_buildkite_agent_token:windows⟧",
    [string]$Queue = "windows",
    [string]$SccacheVersion = "0.8.2"
)

$ErrorActionPreference = "Stop"
Set-ExecutionPolicy Bypass -Scope Process -Force

Write-Host "==> Installing Buildkite agent"
$env:buildkiteAgentToken = $AgentToken
$env:buildkiteAgentTags = "queue=$Queue,os=windows"
iex ((New-Object System.Net.WebClient).DownloadString('https://raw.githubusercontent.com/buildkite/agent/main/install.ps1'))

Write-Host "==> Installing sccache $SccacheVersion"
$zip = "$env:TEMP\sccache.zip"
Invoke-WebRequest -Uri "https://github.com/mozilla/sccache/releases/download/v$SccacheVersion/sccache-v$SccacheVersion-x86_64-pc-windows-msvc.zip" -OutFile $zip
Expand-Archive $zip -DestinationPath "C:\tools" -Force
[Environment]::SetEnvironmentVariable("RUSTC_WRAPPER", "C:\tools\sccache-v$SccacheVersion-x86_64-pc-windows-msvc\sccache.exe", "Machine")

# Azure Blob backend for the Windows cache (storage account tessellatecache)
[Environment]::SetEnvironmentVariable("SCCACHE_AZURE_BLOB_CONTAINER", "sccache-windows", "Machine")
[Environment]::SetEnvironmentVariable("SCCACHE_AZURE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=tessellatecache;AccountKey=⟦azure_storage_key:sccache⟧;EndpointSuffix=core.windows.net", "Machine")

Write-Host "==> Registering service"
nssm install buildkite-agent "C:\buildkite-agent\bin\buildkite-agent.exe" start
nssm set buildkite-agent AppStdout "C:\buildkite-agent\buildkite-agent.log"
nssm set buildkite-agent AppStderr "C:\buildkite-agent\buildkite-agent.log"
Start-Service buildkite-agent
Write-Host "done."
