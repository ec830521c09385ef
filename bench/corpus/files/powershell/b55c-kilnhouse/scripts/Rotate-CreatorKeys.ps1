<#
.SYNOPSIS
  Quarterly rotation helper: pushes fresh creator platform keys into AWS Secrets Manager and
  restarts the creator-hub deployments.
.NOTES
  Run from the ops laptop (Sam's) with the kiln-ops AWS profile.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateSet('mara-okafor','dead-air','olive-and-oak')] [string] $Creator,
    [string] $Profile = 'kiln-ops',
    [switch] $WhatIf
)

$ErrorActionPreference = 'Stop'
Import-Module AWS.Tools.SecretsManager

# Service account used by the scheduled task on KILN-OPS01 (Task Scheduler needs a real login)
$svcUser = 'KILNHOUSE\svc-rotate'
$svcPass = ConvertTo-SecureString 'Rotate-Kiln-Q1!' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

function Get-NewBeehiivKey {
    param([string] $Creator)
    # beehiiv has no key-management API: paste the new key when prompted.
    Read-Host -Prompt "New beehiiv API key for $Creator" -AsSecureString
}

$secretId = "kilnhouse/creators/$Creator"
$current  = Get-SECSecretValue -SecretId $secretId -ProfileName $Profile | Select-Object -ExpandProperty SecretString | ConvertFrom-Json

$newKey = Get-NewBeehiivKey -Creator $Creator
$plain  = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($newKey))
$current.beehiiv_api_key = $plain

# Buttondown is only used by dead-air's "Listener Mail" list; the key never changes via API.
if ($Creator -eq 'dead-air' -and -not $current.buttondown_api_key) {
    $current.buttondown_api_key = '⟦b55c_buttondown_api_key:deadair⟧'
}

if ($WhatIf) {
    Write-Host "Would update $secretId with keys: $($current.PSObject.Properties.Name -join ', ')"
    return
}

Update-SECSecret -SecretId $secretId -SecretString ($current | ConvertTo-Json -Compress) -ProfileName $Profile
Invoke-Command -ComputerName KILN-OPS01 -Credential $svcCred -ScriptBlock {
    kubectl -n creator-hub rollout restart deploy/payout-sync deploy/scheduler
}
Write-Host "Rotated $Creator" -ForegroundColor Green
