<#
.SYNOPSIS
    Nightly sync of Applied Epic accounts into the Keystone marketing CRM (HubSpot) and the renewal dashboard.
.DESCRIPTION
    Runs on KAG-APP02 as a scheduled task (\Keystone\Sync-EpicClients, 01:15). Pulls accounts and policies changed
    in the last 26 hours from the Applied Epic API (OAuth client credentials), maps them and posts to HubSpot.
    Emails a summary to ops@keystoneagency.com.
.NOTES
    Owner: IT (Marcus Bell). Do not run interactively against production without -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [int]$LookbackHours = 26,
    [string]$Agency = 'KAG'
)

$ErrorActionPreference = 'Stop'
$logFile = "D:\Jobs\Logs\EpicSync_$(Get-Date -Format yyyyMMdd).log"
function Write-Log([string]$msg) { "$(Get-Date -Format s) $msg" | Tee-Object -FilePath $logFile -Append }

# --- Applied Epic API ---
$EpicTokenUrl = 'https://api.appliedsystems.com/v1/auth/connect/token'
$EpicApiBase  = 'https://api.appliedsystems.com/epic/v1'
$EpicClientId = 'keystone-crm-sync'
$EpicClientSecret = '⟦generic_api_key_alnum40:epic⟧'

# --- HubSpot private app ---
$HubSpotToken = $env:HUBSPOT_PRIVATE_APP_TOKEN
if (-not $HubSpotToken) { throw 'HUBSPOT_PRIVATE_APP_TOKEN not set' }

# --- Mail ---
$smtpUser = 'scanner@keystoneagency.com'
$smtpPass = ConvertTo-SecureString 'Keystone!Scan2024' -AsPlainText -Force
$smtpCred = New-Object System.Management.Automation.PSCredential ($smtpUser, $smtpPass)

function Get-EpicToken {
    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $EpicClientId
        client_secret = $EpicClientSecret
        scope         = 'epic.accounts.read epic.policies.read'
    }
    (Invoke-RestMethod -Method Post -Uri $EpicTokenUrl -Body $body).access_token
}

function Get-ChangedAccounts([string]$token) {
    $since = (Get-Date).ToUniversalTime().AddHours(-$LookbackHours).ToString('o')
    $uri = "$EpicApiBase/accounts?agency=$Agency&updatedSince=$since&pageSize=200"
    $all = @()
    do {
        $page = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Bearer $token" }
        $all += $page.items
        $uri = $page.links.next
    } while ($uri)
    $all
}

function Send-ToHubSpot($account) {
    $payload = @{
        properties = @{
            epic_lookup_code = $account.lookupCode
            name             = $account.name
            lifecyclestage   = if ($account.activePolicies -gt 0) { 'customer' } else { 'lead' }
            renewal_month    = $account.nextRenewal.Substring(0, 7)
            producer         = $account.producerCode
        }
    } | ConvertTo-Json -Depth 4
    if ($PSCmdlet.ShouldProcess($account.lookupCode, 'upsert HubSpot company')) {
        Invoke-RestMethod -Method Patch -Uri "https://api.hubapi.com/crm/v3/objects/companies/$($account.lookupCode)?idProperty=epic_lookup_code" `
            -Headers @{ Authorization = "Bearer $HubSpotToken" } -ContentType 'application/json' -Body $payload | Out-Null
    }
}

try {
    Write-Log 'Starting Epic sync'
    $token = Get-EpicToken
    $accounts = Get-ChangedAccounts $token
    Write-Log "Changed accounts: $($accounts.Count)"
    $failed = 0
    foreach ($a in $accounts) {
        try { Send-ToHubSpot $a } catch { $failed++; Write-Log "FAILED $($a.lookupCode): $($_.Exception.Message)" }
    }
    $summary = "Epic sync finished: $($accounts.Count) accounts, $failed failed."
    Write-Log $summary
    Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtpCred `
        -From $smtpUser -To 'ops@keystoneagency.com' -Subject 'Epic sync' -Body $summary
}
catch {
    Write-Log "Sync aborted: $($_.Exception.Message)"
    exit 1
}
