#Requires -Version 7
<#
  Restarts stuck Business Central job queue entries (status Error / On Hold) for the
  EDI codeunits. Scheduled on TWD-OPS01 every 30 min.
  Service principal: "Tidewater BC Ops" (app registration in the twd tenant).
#>
param(
    [string]$Environment = 'Production',
    [string]$Company     = 'Tidewater Distribution LLC'
)

$TenantId     = '⟦uuid:tenant⟧'
$ClientId     = '⟦uuid:opsapp⟧'
$ClientSecret = '⟦azure_ad_client_secret:opsapp⟧'

$tokenResp = Invoke-RestMethod -Method Post `
    -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" `
    -Body @{
        client_id     = $ClientId
        client_secret = $ClientSecret
        scope         = 'https://api.businesscentral.dynamics.com/.default'
        grant_type    = 'client_credentials'
    }
$headers = @{ Authorization = "Bearer $($tokenResp.access_token)" }

$base = "https://api.businesscentral.dynamics.com/v2.0/$TenantId/$Environment/api/microsoft/automation/v2.0"
$companies = Invoke-RestMethod -Uri "$base/companies" -Headers $headers
$companyId = ($companies.value | Where-Object name -eq $Company).id

$entries = Invoke-RestMethod -Uri "$base/companies($companyId)/jobQueueEntries" -Headers $headers
$stuck = $entries.value | Where-Object { $_.status -in 'Error', 'On Hold' -and $_.objectIdToRun -in 50210, 50211, 50215 }

foreach ($e in $stuck) {
    Write-Host "restarting $($e.objectIdToRun) $($e.description) (was $($e.status))"
    Invoke-RestMethod -Method Post -Headers $headers `
        -Uri "$base/companies($companyId)/jobQueueEntries($($e.id))/Microsoft.NAV.restart" | Out-Null
}

# tell the EDI channel
if ($stuck) {
    $msg = @{ text = "BC job queue: restarted $($stuck.Count) EDI entries in $Environment" } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri '⟦teams_webhook:edi⟧' -ContentType 'application/json' -Body $msg | Out-Null
}
