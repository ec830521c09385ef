<#
.SYNOPSIS
    Weekly shared-mailbox size report for the Service Desk.
.NOTES
    App-only auth: the certificate lives in LocalMachine\My on UTIL01 (thumbprint below, public info).
    The client secret fallback is read from the SecretManagement vault "CorvaneOps" (SecretStore,
    unlocked by the task account's DPAPI-protected password). Nothing secret is in this file.
#>
[CmdletBinding()]
param(
    [string] $Organization = 'corvanehealth.onmicrosoft.com',
    [string] $AppId        = '⟦uuid:appid⟧',
    [string] $Thumbprint   = '⟦sha1:thumb|slice=0-40⟧',
    [string] $OutFile      = "D:\Reports\mailboxes_$(Get-Date -Format yyyyMMdd).csv"
)

Import-Module ExchangeOnlineManagement -MinimumVersion 3.4.0
Import-Module Microsoft.PowerShell.SecretManagement

try {
    Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $Thumbprint -Organization $Organization -ShowBanner:$false
} catch {
    Write-Warning "certificate auth failed ($($_.Exception.Message)), falling back to client secret from the vault"
    $secret = Get-Secret -Vault CorvaneOps -Name 'exo-report-client-secret' -AsPlainText
    $body = @{
        client_id     = $AppId
        client_secret = $secret
        scope         = 'https://outlook.office365.com/.default'
        grant_type    = 'client_credentials'
    }
    $tok = Invoke-RestMethod -Method Post -Body $body -Uri "https://login.microsoftonline.com/$Organization/oauth2/v2.0/token"
    Connect-ExchangeOnline -AccessToken $tok.access_token -Organization $Organization -ShowBanner:$false
}

Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, ItemCount, TotalItemSize, LastLogonTime |
    Sort-Object TotalItemSize -Descending |
    Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8

Disconnect-ExchangeOnline -Confirm:$false
