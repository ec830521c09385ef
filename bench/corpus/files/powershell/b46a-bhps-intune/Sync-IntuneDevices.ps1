<#
.SYNOPSIS
  Nightly: pull Intune managed devices, match against the Destiny asset export,
  move unassigned Windows laptops into the "BHPS-Loaner" group and post a summary to Teams.
.NOTES
  Runs as scheduled task "BHPS Intune Sync" on BHPS-MGMT01 (svc_intunesync).
  App registration: "BHPS Intune Sync" in brookhavenps.org tenant.
#>
[CmdletBinding()]
param(
    [string]$AssetCsv = "\\bhps-fs01\techshare$\Destiny\asset_export.csv",
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.DeviceManagement, Microsoft.Graph.Groups

$TenantId = '⟦uuid:tenant⟧'
$AppId    = '⟦uuid:app⟧'
# client secret expires 2025-06-30 -- renew in Entra > App registrations > Certificates & secrets
$Secret   = ConvertTo-SecureString '⟦azure_ad_client_secret:intune⟧' -AsPlainText -Force
$Cred     = New-Object System.Management.Automation.PSCredential($AppId, $Secret)

Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $Cred -NoWelcome

$LoanerGroupId = '⟦uuid:grp⟧'
$devices = Get-MgDeviceManagementManagedDevice -All -Filter "operatingSystem eq 'Windows'" |
    Select-Object Id, DeviceName, SerialNumber, UserPrincipalName, AzureAdDeviceId, LastSyncDateTime

$assets = Import-Csv $AssetCsv | Group-Object -Property 'Serial Number' -AsHashTable -AsString
$moved = 0
foreach ($d in $devices) {
    if (-not $d.UserPrincipalName -and $assets.ContainsKey($d.SerialNumber)) {
        $aad = Get-MgDevice -Filter "deviceId eq '$($d.AzureAdDeviceId)'"
        if ($aad -and -not $WhatIf) {
            New-MgGroupMember -GroupId $LoanerGroupId -DirectoryObjectId $aad.Id -ErrorAction SilentlyContinue
            $moved++
        }
    }
}

$summary = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'Intune loaner sync'
    text       = "Intune sync: $($devices.Count) Windows devices, $moved moved to BHPS-Loaner."
} | ConvertTo-Json
Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $summary `
    -Uri '⟦teams_webhook:techteam⟧'

Disconnect-MgGraph | Out-Null
