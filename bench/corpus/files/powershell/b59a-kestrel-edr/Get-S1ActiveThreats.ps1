# Get-S1ActiveThreats.ps1 — morning report of unresolved SentinelOne threats (legacy sites)
# Output: CSV to \\kl-fs01\secops$\reports\s1\ and a summary email to secops@kestrel-logistics.com

$Console = 'https://usea1-kestrel.sentinelone.net'
$ApiToken = '⟦b59a_sentinelone_api_token:report⟧'   # service user "svc-s1-report" (Viewer), expires 2025-07-01
$Headers = @{ Authorization = "ApiToken $ApiToken"; 'Content-Type' = 'application/json' }

$since = (Get-Date).ToUniversalTime().AddDays(-1).ToString('yyyy-MM-ddTHH:mm:ss.fffZ')
$uri = "$Console/web/api/v2.1/threats?resolved=false&createdAt__gte=$since&limit=1000"

$threats = @()
do {
    $resp = Invoke-RestMethod -Uri $uri -Headers $Headers -Method Get
    $threats += $resp.data
    $cursor = $resp.pagination.nextCursor
    $uri = if ($cursor) { "$Console/web/api/v2.1/threats?resolved=false&createdAt__gte=$since&limit=1000&cursor=$cursor" } else { $null }
} while ($uri)

$rows = $threats | ForEach-Object {
    [pscustomobject]@{
        Computer       = $_.agentRealtimeInfo.agentComputerName
        Site           = $_.agentRealtimeInfo.siteName
        Threat         = $_.threatInfo.threatName
        Classification = $_.threatInfo.classification
        Confidence     = $_.threatInfo.confidenceLevel
        Mitigation     = $_.threatInfo.mitigationStatus
        SHA1           = $_.threatInfo.sha1
        Created        = $_.threatInfo.createdAt
    }
}

$out = "\\kl-fs01\secops$\reports\s1\threats-$(Get-Date -Format yyyyMMdd).csv"
$rows | Export-Csv -NoTypeInformation -Path $out

Send-MailMessage -SmtpServer smtp.kestrel.local -From 's1-report@kestrel-logistics.com' -To 'secops@kestrel-logistics.com' `
    -Subject "S1 unresolved threats: $($rows.Count)" -Body ($rows | Format-Table -AutoSize | Out-String) -Attachments $out
