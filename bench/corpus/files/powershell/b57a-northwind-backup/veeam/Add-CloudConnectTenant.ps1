<#
    Northwind B&R -- provision a Veeam Cloud Connect backup tenant for a new customer.
    Runs on NWBR-VCC01 (Veeam B&R 12.1 Cloud Connect). Usage:
      .\Add-CloudConnectTenant.ps1 -Name 'TidewaterTitle' -QuotaGB 2000
    The generated tenant password is printed ONCE; paste it into the customer's IT Glue entry.
#>
param(
    [Parameter(Mandatory)][string]$Name,
    [int]$QuotaGB = 1000,
    [string]$Repository = 'NWBR-SOBR-01'
)
$ErrorActionPreference = 'Stop'

# Also used by the VSPC integration to talk to this server's REST API
$VbrRestUser = 'NWBR-VCC01\svc_vspc'
$VbrRestPass = 'Vspc-Rest-Nwbr#2023'

function New-TenantPassword {
    $chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%'
    -join (1..20 | ForEach-Object { $chars[(Get-Random -Maximum $chars.Length)] })
}

$repo = Get-VBRBackupRepository -ScaleOut -Name $Repository
$res  = New-VBRCloudTenantResource -Repository $repo -RepositoryFriendlyName "$Name-Backups" -Quota ($QuotaGB * 1024)
$pw   = New-TenantPassword

Add-VBRCloudTenant -Name $Name -Password $pw -Resources $res -Description "Created $(Get-Date -Format s) by $env:USERNAME" -EnableBackupProtection -BackupProtectionPeriod 7 | Out-Null
Write-Host "Tenant $Name created. Password (shown once): $pw" -ForegroundColor Yellow

# Tell VSPC to re-sync so the tenant shows up for the company mapping
$auth = Invoke-RestMethod -Method Post -Uri 'https://nwbr-vcc01:9419/api/oauth2/token' -Headers @{ 'x-api-version' = '1.1-rev1' } `
    -Body @{ grant_type = 'password'; username = $VbrRestUser; password = $VbrRestPass } -SkipCertificateCheck
Invoke-RestMethod -Method Post -Uri 'https://nwbr-vcc01:9419/api/v1/cloudConnect/tenants/rescan' -Headers @{ Authorization = "Bearer $($auth.access_token)"; 'x-api-version' = '1.1-rev1' } -SkipCertificateCheck | Out-Null
