<#
.SYNOPSIS
  Interactive helper for techs: connect to Microsoft Graph with the BHPS automation
  certificate (installed in CurrentUser\My on the tech workstations via Intune PKCS profile).
  No secrets live in this file: the private key never leaves the certificate store.
#>
param(
    [ValidateSet('Intune', 'Users', 'Reports')]
    [string]$Profile = 'Intune'
)

$TenantId = '⟦uuid:tenant⟧'
$Apps = @{
    Intune  = @{ AppId = '⟦uuid:app_intune⟧';  Thumbprint = '⟦b46a_cert_thumbprint:intune⟧' }
    Users   = @{ AppId = '⟦uuid:app_users⟧';   Thumbprint = '⟦b46a_cert_thumbprint:users⟧' }
    Reports = @{ AppId = '⟦uuid:app_reports⟧'; Thumbprint = '⟦b46a_cert_thumbprint:reports⟧' }
}

$sel = $Apps[$Profile]
$cert = Get-ChildItem "Cert:\CurrentUser\My\$($sel.Thumbprint)" -ErrorAction SilentlyContinue
if (-not $cert) {
    Write-Error "Automation certificate $($sel.Thumbprint) not found. Run 'Intune > Sync' from Company Portal and retry."
    return
}
if ($cert.NotAfter -lt (Get-Date).AddDays(30)) {
    Write-Warning "Certificate expires $($cert.NotAfter.ToShortDateString()); open a ticket with the network team."
}

Connect-MgGraph -TenantId $TenantId -ClientId $sel.AppId -CertificateThumbprint $sel.Thumbprint -NoWelcome
Get-MgContext | Select-Object ClientId, TenantId, AuthType, Scopes
