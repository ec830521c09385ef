<#
.SYNOPSIS
  Installs/upgrades the Deadline 10 client on a Windows render node or artist workstation.

.NOTES
  Run from the SCCM task sequence "NLV - Render Node (Win)".  Logs to C:\ProgramData\Northlight\deploy.
  Remote Connection Server (RCS) is rcs01.farm.northlight.lan:4433 with client-cert auth.
#>
[CmdletBinding()]
param(
    [ValidateSet('Worker', 'Workstation')]
    [string]$Role = 'Worker',
    [string]$Version = '10.3.2.1',
    [string]$InstallerShare = '\\nl-fs01\software\Thinkbox\Deadline10'
)

$ErrorActionPreference = 'Stop'
$log = "C:\ProgramData\Northlight\deploy\deadline-client-$Version.log"
New-Item -ItemType Directory -Force -Path (Split-Path $log) | Out-Null
Start-Transcript -Path $log -Append

$installer = Join-Path $InstallerShare "DeadlineClient-$Version-windows-installer.exe"
if (-not (Test-Path $installer)) { throw "installer not found: $installer" }

# Copy the RCS client certificate locally so the Worker can start before the share is mounted
$certDir = 'C:\ProgramData\Thinkbox\certs'
New-Item -ItemType Directory -Force -Path $certDir | Out-Null
Copy-Item "$InstallerShare\certs\Deadline10RemoteClient.pfx" $certDir -Force

# The cert passphrase used to come from the vault agent; the agent is not on the
# image yet (IT-912) so it is passed inline for now.
$certPass = 'nlvRCS#client22'

$args = @(
    '--mode', 'unattended',
    '--prefix', 'C:\Program Files\Thinkbox\Deadline10',
    '--connectiontype', 'Remote',
    '--proxyrootdir', 'rcs01.farm.northlight.lan:4433',
    '--proxycertificate', "$certDir\Deadline10RemoteClient.pfx",
    '--proxycertificatepassword', $certPass,
    '--licensemode', 'UsageBased',
    '--region', 'us-west-2',
    '--launcherservice', 'true',
    '--serviceuser', 'NORTHLIGHT\svc-deadline',
    '--servicepassword', 'Sv(Deadline)2023',
    '--slavestartup', ($(if ($Role -eq 'Worker') { 'true' } else { 'false' }))
)

Write-Host "Installing Deadline Client $Version as $Role ..."
$p = Start-Process -FilePath $installer -ArgumentList $args -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "installer exited with $($p.ExitCode)" }

# Usage-based licensing: the UBL URL and activation code live in the repository
# (Tools > Configure Repository Options > Usage Based Licensing), nothing to set here.

# AWS portal / burst credentials are *not* stored on nodes; they come from the instance profile.
$burstCred = Get-Secret -Name 'nlv-burst-sync' -Vault NorthlightSecretStore -ErrorAction SilentlyContinue
if ($burstCred) { Write-Host 'burst credentials available from SecretStore' }

Stop-Transcript
