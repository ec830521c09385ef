# Connect-QBOnline.ps1 -- pull P&L and balance sheet from QBO for QBOA clients into the practice DB
# Uses the "Saguaro Practice Reports" Intuit app (production keys). Run from SAG-APP01.

$ClientId     = '⟦b44b_qbo_client_id:sag⟧'
$ClientSecret = '⟦b44b_qbo_client_secret:sag⟧'
$TokenUrl     = 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer'

# Refresh tokens per client realm (from the OAuth playground, 2024-03-02). 100-day expiry!
$Realms = @(
    @{ Name = 'Mesa Verde Landscaping'; RealmId = '⟦b44b_qbo_realm_id:mesa⟧'; Refresh = '⟦b44b_qbo_refresh_token:mesa⟧' },
    @{ Name = 'Gila Valley Feed';        RealmId = '⟦b44b_qbo_realm_id:gila⟧'; Refresh = '⟦b44b_qbo_refresh_token:gila⟧' }
)

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${ClientId}:${ClientSecret}"))

foreach ($r in $Realms) {
    $tok = Invoke-RestMethod -Method Post -Uri $TokenUrl -Headers @{ Authorization = "Basic $basic"; Accept = 'application/json' } `
        -ContentType 'application/x-www-form-urlencoded' -Body "grant_type=refresh_token&refresh_token=$($r.Refresh)"
    $h = @{ Authorization = "Bearer $($tok.access_token)"; Accept = 'application/json' }
    $base = "https://quickbooks.api.intuit.com/v3/company/$($r.RealmId)"
    $pl = Invoke-RestMethod -Uri "$base/reports/ProfitAndLoss?start_date=2023-01-01&end_date=2023-12-31&minorversion=70" -Headers $h
    $bs = Invoke-RestMethod -Uri "$base/reports/BalanceSheet?date_macro=Last%20Year&minorversion=70" -Headers $h
    $pl | ConvertTo-Json -Depth 20 | Out-File "S:\Practice\QBO\$($r.Name)\PL-2023.json"
    $bs | ConvertTo-Json -Depth 20 | Out-File "S:\Practice\QBO\$($r.Name)\BS-2023.json"
    Write-Host "$($r.Name): new refresh token $($tok.refresh_token.Substring(0,8))... (update this script!)"
}
