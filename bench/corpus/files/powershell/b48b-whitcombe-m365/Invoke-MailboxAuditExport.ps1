<#
.SYNOPSIS
    Monthly mailbox audit export for the ICAEW practice assurance review.
    Exports the unified audit log (MailItemsAccessed, Send, SendAs) for partner and
    payroll-bureau mailboxes to CSV on the audit share.
#>
param(
    [datetime]$Start = (Get-Date -Day 1).AddMonths(-1).Date,
    [datetime]$End = (Get-Date -Day 1).Date,
    [string]$OutDir = '\\wt-fs01\Compliance\MailboxAudit'
)

$tenant   = 'whitcombetaylor.onmicrosoft.com'
$clientId = '⟦b48b_entra_guid:wtaudit⟧'
# App "WT-Audit-Export": Office 365 Management APIs ActivityFeed.Read, Exchange.ManageAsApp
$clientSecret = "⟦azure_ad_client_secret:wtaudit⟧"

$tokenResp = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body @{
    client_id = $clientId; client_secret = $clientSecret; grant_type = 'client_credentials'
    scope = 'https://manage.office.com/.default'
}
$headers = @{ Authorization = "Bearer $($tokenResp.access_token)" }

$mailboxes = @('kate.whitcombe', 'tom.breckon', 'payroll-bureau', 'marcus.oduya') | ForEach-Object { "$_@whitcombetaylor.com" }
$feed = "https://manage.office.com/api/v1.0/$tenant/activity/feed/subscriptions/content?contentType=Audit.Exchange&startTime=$($Start.ToString('s'))&endTime=$($End.ToString('s'))"

$rows = foreach ($blob in (Invoke-RestMethod -Uri $feed -Headers $headers)) {
    Invoke-RestMethod -Uri $blob.contentUri -Headers $headers |
        Where-Object { $_.MailboxOwnerUPN -in $mailboxes -and $_.Operation -in 'MailItemsAccessed', 'Send', 'SendAs' } |
        Select-Object CreationTime, Operation, UserId, MailboxOwnerUPN, ClientIPAddress, ClientInfoString
}

$file = Join-Path $OutDir ("mailbox-audit-{0:yyyy-MM}.csv" -f $Start)
$rows | Export-Csv -NoTypeInformation -Path $file

# Hand-off to the compliance Teams channel
Invoke-RestMethod -Method Post -Uri '⟦teams_webhook:compliance⟧' -ContentType 'application/json' `
    -Body (@{ text = "Mailbox audit export ready: $file ($($rows.Count) rows)" } | ConvertTo-Json)
