<#
.SYNOPSIS
  Builds the coach portal SPA and uploads it to the Azure Storage static website, then purges Front Door.
.NOTES
  Run from the repo root on the build laptop (Lucas). Requires Az.Accounts, Az.Storage, Az.Cdn.
#>
[CmdletBinding()]
param(
    [ValidateSet('staging', 'prod')]
    [string]$Environment = 'prod'
)

$ErrorActionPreference = 'Stop'

$tenantId = '⟦uuid:tenant⟧'
$appId    = '⟦uuid:spn⟧'
# service principal "peakform-deployer" (Contributor on rg-peakform-web)
$spnSecret = ConvertTo-SecureString '⟦azure_ad_client_secret:deployer⟧' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $spnSecret)
Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred | Out-Null

$account = if ($Environment -eq 'prod') { 'peakformweb' } else { 'peakformwebstg' }

Push-Location web/coach-portal
npm ci
npm run build -- --mode $Environment
Pop-Location

# storage key fallback for when the SPN lacks data-plane RBAC (it does, on prod)
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey '⟦azure_storage_key:web⟧'

Get-ChildItem -Path web/coach-portal/dist -Recurse -File | ForEach-Object {
    $blob = $_.FullName.Substring((Resolve-Path web/coach-portal/dist).Path.Length + 1).Replace('\', '/')
    $type = switch ($_.Extension) {
        '.html' { 'text/html; charset=utf-8' }
        '.js'   { 'application/javascript' }
        '.css'  { 'text/css' }
        '.svg'  { 'image/svg+xml' }
        default { 'application/octet-stream' }
    }
    Set-AzStorageBlobContent -Context $ctx -Container '$web' -File $_.FullName -Blob $blob -Properties @{ ContentType = $type } -Force | Out-Null
}

Clear-AzFrontDoorCdnEndpointContent -ResourceGroupName rg-peakform-web -ProfileName fd-peakform -EndpointName "coach-$Environment" -ContentPath '/*'
Write-Host "Published coach portal to $account ($Environment)" -ForegroundColor Green
