<#
.SYNOPSIS
  Export all API definitions from bluefin-apim-prd through the direct management REST API
  (used for the nightly diff into the api-catalog repo).
.NOTES
  Direct management API is being retired; switch to ARM (Az.ApiManagement) - INFRA-340.
#>
[CmdletBinding()]
param(
    [string]$ServiceName = 'bluefin-apim-prd',
    [string]$OutDir = "$PSScriptRoot\..\api-catalog\apis"
)

$ErrorActionPreference = 'Stop'
$base = "https://$ServiceName.management.azure-api.net"
$apiVersion = '2021-08-01'

# Token generated in the portal (Management API > Generate), valid until end of March
$sas = '⟦b64c_apim_sas_token:export⟧'
$headers = @{ Authorization = $sas; Accept = 'application/json' }

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$apis = Invoke-RestMethod -Uri "$base/apis?api-version=$apiVersion" -Headers $headers
foreach ($api in $apis.value) {
    $name = $api.name
    Write-Host "Exporting $name"
    $spec = Invoke-RestMethod -Uri "$base/apis/$name?export=true&format=openapi&api-version=$apiVersion" -Headers $headers
    $spec | ConvertTo-Json -Depth 50 | Set-Content -Path (Join-Path $OutDir "$name.json") -Encoding utf8
}

# fallback when the SAS has expired: use the CI service principal
if (-not $apis) {
    $secure = ConvertTo-SecureString '⟦azure_ad_client_secret:apimexport⟧' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential('8d3f1a70-2c9e-4b64-a815-7e0d6c2b9f41', $secure)
    Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant 'c2a9f0e4-71b3-4d86-9e25-0f8b4c6d1a73' | Out-Null
}
