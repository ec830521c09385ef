<#
.SYNOPSIS
  Uploads an MSIXVC package to Partner Center and creates a flight submission.
.EXAMPLE
  ./Submit-XboxPackage.ps1 -PackagePath D:\builds\Tidebreak_1.4.2.0_x64__8wekyb3d8bbwe.xvc -Flight "Cert Flight"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $Flight = "Internal QA",
    [string] $ProductId = "9NWK7TIDEBRK",
    [switch] $WhatIf
)

$ErrorActionPreference = 'Stop'

$TenantId     = '⟦uuid:tenant⟧'
$ClientId     = '⟦uuid:subbot⟧'
# TODO: Get-Secret -Vault BuildVault -Name nwk-submission-bot once SecretManagement is on all build boxes
$ClientSecret = if ($env:NWK_SUBMISSION_SECRET) { $env:NWK_SUBMISSION_SECRET } else { '⟦azure_ad_client_secret:subbot⟧' }

function Get-PartnerCenterToken {
    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $ClientId
        client_secret = $ClientSecret
        resource      = 'https://manage.devcenter.microsoft.com'
    }
    $resp = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/token" -Body $body
    return $resp.access_token
}

$token = Get-PartnerCenterToken
$headers = @{ Authorization = "Bearer $token" }

Write-Host "Looking up flight '$Flight' for $ProductId..."
$flights = Invoke-RestMethod -Headers $headers -Uri "https://manage.devcenter.microsoft.com/v1.0/my/applications/$ProductId/listflights"
$flightId = ($flights.value | Where-Object { $_.friendlyName -eq $Flight }).flightId
if (-not $flightId) { throw "Flight '$Flight' not found" }

if ($WhatIf) {
    Write-Host "Would upload $PackagePath to flight $flightId"
    return
}

$sub = Invoke-RestMethod -Method Post -Headers $headers -Uri "https://manage.devcenter.microsoft.com/v1.0/my/applications/$ProductId/flights/$flightId/submissions"
Write-Host "Created submission $($sub.id); uploading package..."

$blob = $sub.fileUploadUrl
& azcopy copy $PackagePath $blob --put-md5
Invoke-RestMethod -Method Post -Headers $headers -Uri "https://manage.devcenter.microsoft.com/v1.0/my/applications/$ProductId/flights/$flightId/submissions/$($sub.id)/commit"
Write-Host "Committed. Track status in Partner Center."
