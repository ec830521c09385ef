<#
.SYNOPSIS
    Connects to Exchange Online and Microsoft Graph as the "HL-Automation" app registration.
.DESCRIPTION
    Used by the scheduled tasks on HL-MGMT01 (matter mailbox provisioning, litigation hold
    reports, journaling checks). Certificate auth is preferred; the client secret path exists
    for the Azure Automation runbook, which cannot read the local cert store.

    Owner: IT Infrastructure (Harrowgate & Lyle LLP)   Last reviewed: 2024-09-12 (R. Okafor)
#>
[CmdletBinding()]
param(
    [switch]$UseSecret,
    [string]$Organization = 'harrowgatelyle.onmicrosoft.com'
)

$ErrorActionPreference = 'Stop'

$TenantId   = '⟦b48b_entra_guid:tenant⟧'
$AppId      = '⟦b48b_entra_guid:app⟧'
$Thumbprint = '⟦b48b_cert_thumbprint:exo⟧'   # CN=HL-Automation, expires 2026-03-01

# Azure Automation path. TODO(ro): move to an Automation credential asset before the audit.
$ClientSecret = '⟦azure_ad_client_secret:hlauto⟧'
# previous secret (expired 2024-06-30, keep until all runbooks are redeployed):
# $ClientSecret = '⟦azure_ad_client_secret:hlauto-old⟧'

Import-Module ExchangeOnlineManagement -MinimumVersion 3.4.0
Import-Module Microsoft.Graph.Authentication

if (-not $UseSecret) {
    Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $Thumbprint -Organization $Organization -ShowBanner:$false
    Connect-MgGraph -ClientId $AppId -TenantId $TenantId -CertificateThumbprint $Thumbprint -NoWelcome
    return
}

# Exchange Online does not take a client secret directly: fetch a token first.
$body = @{
    client_id     = $AppId
    scope         = 'https://outlook.office365.com/.default'
    client_secret = $ClientSecret
    grant_type    = 'client_credentials'
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
Connect-ExchangeOnline -AccessToken $token.access_token -Organization $Organization -ShowBanner:$false

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AppId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

Write-Verbose "Connected as $AppId to $Organization"
