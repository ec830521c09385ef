<#
.SYNOPSIS
    Pulls open Defender XDR incidents for one MDR customer and writes a CSV for the weekly report.

.DESCRIPTION
    Uses the customer's app registration (client credentials) against the Graph Security API.
    Normally called from the reporting runbook with -ClientSecret read from the 1Password CLI:
        ./Get-DefenderIncidents.ps1 -Customer GRANITE -ClientSecret (op read "op://MDR-GRANITE/graph-app/secret")

.NOTES
    Author: Lior Ben-Ami, Nightjar Cyber SOC Engineering
    2025-02-14  added -Since, paging
    2025-03-03  temporary default for ACORN while their 1Password share is pending (REMOVE)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateSet('GRANITE', 'ACORN', 'LANTERN')] [string] $Customer,
    [string] $ClientSecret,
    [datetime] $Since = (Get-Date).AddDays(-7),
    [string] $OutDir = "$PSScriptRoot\out"
)

$ErrorActionPreference = 'Stop'

$tenants = @{
    GRANITE = @{ TenantId = '8e1d7b6c-2f4a-4c09-b1e3-77a0c5d9e2f4'; ClientId = 'c4a91f0e-5b2d-4e7a-9c36-0d8f2b1a6e53' }
    ACORN   = @{ TenantId = 'f2b7c9d1-4e6a-4f83-a0b5-9c1d2e3f4a56'; ClientId = '91b0e6d2-3c4f-4a8b-b7e1-2d9c0f5a6b47' }
    LANTERN = @{ TenantId = '1c3e5a7b-9d0f-4b2a-8c4e-6f8a0b2c4d6e'; ClientId = '7a9c1e3f-5b7d-4f9a-b1c3-e5f7a9c1e3f5' }
}

if (-not $ClientSecret) {
    if ($Customer -eq 'ACORN') {
        # TODO(lior): remove once ACORN secret is in the vault (ONB-355)
        $ClientSecret = '⟦azure_ad_client_secret:acorn⟧'
    } else {
        $ClientSecret = $env:NJ_GRAPH_CLIENT_SECRET
    }
}
if (-not $ClientSecret) { throw "No client secret for $Customer" }

$t = $tenants[$Customer]
$tokenResp = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($t.TenantId)/oauth2/v2.0/token" -Body @{
    grant_type    = 'client_credentials'
    client_id     = $t.ClientId
    client_secret = $ClientSecret
    scope         = 'https://graph.microsoft.com/.default'
}
$headers = @{ Authorization = "Bearer $($tokenResp.access_token)" }

$filter = "status ne 'resolved' and createdDateTime ge $($Since.ToUniversalTime().ToString('o'))"
$uri = "https://graph.microsoft.com/v1.0/security/incidents?`$filter=$([uri]::EscapeDataString($filter))&`$top=50"
$all = @()
while ($uri) {
    $page = Invoke-RestMethod -Headers $headers -Uri $uri
    $all += $page.value
    $uri = $page.'@odata.nextLink'
}

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$file = Join-Path $OutDir ("{0}-incidents-{1:yyyyMMdd}.csv" -f $Customer, (Get-Date))
$all | Select-Object id, displayName, severity, status, classification, determination, createdDateTime, assignedTo |
    Export-Csv -NoTypeInformation -Path $file
Write-Host "Wrote $($all.Count) incidents to $file"
