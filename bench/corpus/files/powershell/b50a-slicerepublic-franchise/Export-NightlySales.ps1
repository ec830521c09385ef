# Export-NightlySales.ps1 - pulls yesterday's Square orders for this store and mails the CSV
# to royalties@ so the 6% royalty can be invoiced. Runs as SYSTEM at 03:15.
$ErrorActionPreference = 'Stop'
$cfg = Get-Content 'C:\ProgramData\SliceRepublic\export.json' | ConvertFrom-Json

$token = if ($env:SR_SQUARE_TOKEN) { $env:SR_SQUARE_TOKEN } else { $cfg.SquareToken }
$headers = @{
    'Authorization'  = "Bearer $token"
    'Square-Version' = '2024-06-04'
    'Content-Type'   = 'application/json'
}

$start = (Get-Date).Date.AddDays(-1).ToString('yyyy-MM-ddT00:00:00zzz')
$end   = (Get-Date).Date.ToString('yyyy-MM-ddT00:00:00zzz')

if (-not $cfg.SquareLocation) {
    $locs = Invoke-RestMethod -Uri 'https://connect.squareup.com/v2/locations' -Headers $headers
    $cfg.SquareLocation = ($locs.locations | Where-Object { $_.name -like "*$($cfg.StoreNumber)*" }).id
}

$body = @{
    location_ids = @($cfg.SquareLocation)
    query = @{ filter = @{ date_time_filter = @{ closed_at = @{ start_at = $start; end_at = $end } }; state_filter = @{ states = @('COMPLETED') } } }
    limit = 500
} | ConvertTo-Json -Depth 8

$orders = @()
do {
    $resp = Invoke-RestMethod -Method Post -Uri 'https://connect.squareup.com/v2/orders/search' -Headers $headers -Body $body
    $orders += $resp.orders
    $cursor = $resp.cursor
    if ($cursor) { $body = ($body | ConvertFrom-Json | Add-Member -NotePropertyName cursor -NotePropertyValue $cursor -Force -PassThru | ConvertTo-Json -Depth 8) }
} while ($cursor)

$csv = "C:\ProgramData\SliceRepublic\sales-$($cfg.StoreNumber)-$((Get-Date).AddDays(-1).ToString('yyyyMMdd')).csv"
$orders | Select-Object id, closed_at,
    @{n='gross'; e={ $_.total_money.amount / 100 }},
    @{n='tax';   e={ $_.total_tax_money.amount / 100 }},
    @{n='tip';   e={ $_.total_tip_money.amount / 100 }},
    @{n='source';e={ $_.source.name }} | Export-Csv -NoTypeInformation -Path $csv

# Office 365 SMTP relay with the reports mailbox (app password because MFA is on)
$smtpCred = New-Object System.Management.Automation.PSCredential($cfg.SmtpUser, (ConvertTo-SecureString 'qzvt-mbnr-xkfw-lpah' -AsPlainText -Force))
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtpCred `
    -From $cfg.SmtpUser -To 'royalties@slicerepublic.com' `
    -Subject "Sales $($cfg.StoreNumber) $($cfg.StoreName) $((Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))" `
    -Attachments $csv
