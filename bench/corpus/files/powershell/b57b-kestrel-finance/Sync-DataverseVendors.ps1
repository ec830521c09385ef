<#
.SYNOPSIS
  Nightly sync of the vendor master (SQL) into Dataverse (kfin_vendor) for the Power Apps vendor portal.

.NOTES
  Runs on KFIN-JOB01 as a scheduled task (Finance\VendorSync, 01:30).
  Requires: Microsoft.Xrm.Data.PowerShell, SqlServer modules.
  Owner: Finance Systems (Rahul M.)
#>
[CmdletBinding()]
param(
    [string]$EnvironmentUrl = "https://kestrelfin.crm4.dynamics.com",
    [string]$TenantId       = "⟦b48b_entra_guid:tenant⟧",
    [string]$ClientId       = "⟦b48b_entra_guid:vendorsync-app⟧",
    # pipeline overrides this from the variable group; default left for running it by hand on JOB01
    [string]$ClientSecret   = "⟦azure_ad_client_secret:vendorsync⟧",
    [string]$SqlInstance    = "kfin-sql-app02",
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Import-Module Microsoft.Xrm.Data.PowerShell
Import-Module SqlServer

$conn = Connect-CrmOnline -ServerUrl $EnvironmentUrl -ClientSecret $ClientSecret -OAuthClientId $ClientId -TenantId $TenantId
if (-not $conn.IsReady) { throw "Dataverse connection failed: $($conn.LastCrmError)" }

$vendors = Invoke-Sqlcmd -ServerInstance $SqlInstance -Database VendorMaster -TrustServerCertificate -Query @"
SELECT VendorNo, VendorName, VatNumber, Country, PaymentTermsCode, IsBlocked, ModifiedAt
FROM dbo.Vendors
WHERE ModifiedAt > DATEADD(day, -2, SYSUTCDATETIME())
"@

Write-Host "Vendors changed in the last 48h: $($vendors.Count)"

foreach ($v in $vendors) {
    $existing = Get-CrmRecords -conn $conn -EntityLogicalName kfin_vendor -FilterAttribute kfin_vendorno -FilterOperator eq -FilterValue $v.VendorNo -Fields kfin_vendorid
    $fields = @{
        kfin_vendorno  = [string]$v.VendorNo
        kfin_name      = [string]$v.VendorName
        kfin_vatnumber = [string]$v.VatNumber
        kfin_country   = [string]$v.Country
        kfin_blocked   = [bool]$v.IsBlocked
    }
    if ($WhatIf) { Write-Host "[whatif] upsert $($v.VendorNo)"; continue }
    if ($existing.CrmRecords.Count -gt 0) {
        Set-CrmRecord -conn $conn -EntityLogicalName kfin_vendor -Id $existing.CrmRecords[0].kfin_vendorid -Fields $fields
    } else {
        New-CrmRecord -conn $conn -EntityLogicalName kfin_vendor -Fields $fields | Out-Null
    }
}
Write-Host "Done."
