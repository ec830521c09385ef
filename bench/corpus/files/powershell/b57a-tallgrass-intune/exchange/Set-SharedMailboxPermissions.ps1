<#
    Grant shared mailbox permissions from a CSV, app-only (certificate) against a customer tenant.
    The certificate lives in CurrentUser\My on the jump box; the thumbprint below only selects it.

    CSV columns: Mailbox,User,Access  (Access = FullAccess | SendAs | Both)
#>
param(
    [Parameter(Mandatory)][string]$Organization,       # e.g. lumenarch.onmicrosoft.com
    [Parameter(Mandatory)][string]$CsvPath,
    [string]$AppId = '⟦b48b_entra_guid:exo-app⟧',
    [string]$CertificateThumbprint = '⟦b57a_cert_thumbprint:exo⟧',
    [switch]$WhatIf
)
$ErrorActionPreference = 'Stop'

Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false

foreach ($row in Import-Csv $CsvPath) {
    $mbx = Get-EXOMailbox -Identity $row.Mailbox -RecipientTypeDetails SharedMailbox -ErrorAction SilentlyContinue
    if (-not $mbx) { Write-Warning "Not a shared mailbox: $($row.Mailbox)"; continue }

    if ($row.Access -in 'FullAccess','Both') {
        Add-MailboxPermission -Identity $mbx.Identity -User $row.User -AccessRights FullAccess -AutoMapping $true -WhatIf:$WhatIf | Out-Null
        Write-Host "FullAccess  $($row.User) -> $($row.Mailbox)"
    }
    if ($row.Access -in 'SendAs','Both') {
        Add-RecipientPermission -Identity $mbx.Identity -Trustee $row.User -AccessRights SendAs -Confirm:$false -WhatIf:$WhatIf | Out-Null
        Write-Host "SendAs      $($row.User) -> $($row.Mailbox)"
    }
}

Disconnect-ExchangeOnline -Confirm:$false
