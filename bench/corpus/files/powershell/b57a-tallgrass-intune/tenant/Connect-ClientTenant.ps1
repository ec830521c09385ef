<#
.SYNOPSIS
    Connects to a Tallgrass-managed customer tenant with the multi-tenant "TCS Partner Automation" app.

.DESCRIPTION
    Uses GDAP + the partner app's application permissions. Customer tenants consented via the
    partner center consent flow. Prefer certificate auth (-UseCertificate); the client secret is only
    kept for Azure Automation, which cannot hold our cert yet.

.EXAMPLE
    . .\Connect-ClientTenant.ps1
    Connect-ClientTenant -TenantDomain 'ridgeviewvet.onmicrosoft.com' -UseCertificate
#>

$script:PartnerTenantId = '⟦b48b_entra_guid:tcs-tenant⟧'
$script:AppId           = '⟦b48b_entra_guid:tcs-app⟧'
$script:CertThumbprint  = '⟦b57a_cert_thumbprint:tcs-app⟧'   # CurrentUser\My on the tech jump boxes
# Azure Automation fallback (secret "tcs-automation-2024", expires 2025-03-01)
$script:AppSecret       = '⟦azure_ad_client_secret:tcs-app⟧'

function Connect-ClientTenant {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$TenantDomain,
        [switch]$UseCertificate,
        [string[]]$Services = @('Graph')
    )

    $tenantId = (Invoke-RestMethod "https://login.microsoftonline.com/$TenantDomain/v2.0/.well-known/openid-configuration").issuer.Split('/')[3]
    Write-Verbose "Tenant $TenantDomain -> $tenantId"

    if ('Graph' -in $Services) {
        if ($UseCertificate) {
            Connect-MgGraph -TenantId $tenantId -ClientId $script:AppId -CertificateThumbprint $script:CertThumbprint -NoWelcome
        } else {
            $sec  = ConvertTo-SecureString $script:AppSecret -AsPlainText -Force
            $cred = [pscredential]::new($script:AppId, $sec)
            Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
        }
    }

    if ('Exchange' -in $Services) {
        Connect-ExchangeOnline -AppId $script:AppId -CertificateThumbprint $script:CertThumbprint -Organization $TenantDomain -ShowBanner:$false
    }

    [pscustomobject]@{ Tenant = $TenantDomain; TenantId = $tenantId; Services = $Services -join ',' }
}
