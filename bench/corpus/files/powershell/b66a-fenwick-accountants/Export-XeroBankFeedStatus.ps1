<#
  Weekly check: which Xero clients have bank feeds that have not refreshed in 5+ days.
  Output goes to \\fenwick-nas\practice\reports\bank-feeds-<date>.csv and is emailed to partners.
#>
param([int]$StaleDays = 5)

$ErrorActionPreference = 'Stop'

$clientId     = '⟦b44b_xero_client_id:ps⟧'
$clientSecret = '⟦b44b_xero_client_secret:ps⟧'
$tokenFile    = "$env:LOCALAPPDATA\FenwickXero\refresh.txt"

if (Test-Path $tokenFile) {
    $refresh = Get-Content $tokenFile -Raw
} else {
    # first run on a new machine: seed from Jo's last session
    $refresh = '⟦b64a_xero_refresh_token:ps⟧'
}

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${clientId}:${clientSecret}"))
$tok = Invoke-RestMethod -Method Post -Uri 'https://identity.xero.com/connect/token' `
    -Headers @{ Authorization = "Basic $basic" } `
    -Body @{ grant_type = 'refresh_token'; refresh_token = $refresh.Trim() }
Set-Content -Path $tokenFile -Value $tok.refresh_token

$headers = @{ Authorization = "Bearer $($tok.access_token)"; Accept = 'application/json' }
$tenants = Invoke-RestMethod -Uri 'https://api.xero.com/connections' -Headers $headers

$report = foreach ($t in $tenants) {
    $h = $headers.Clone(); $h['xero-tenant-id'] = $t.tenantId
    $accounts = (Invoke-RestMethod -Uri 'https://api.xero.com/api.xro/2.0/Accounts?where=Type=="BANK"' -Headers $h).Accounts
    foreach ($a in $accounts) {
        $last = (Invoke-RestMethod -Uri "https://api.xero.com/api.xro/2.0/BankTransactions?where=BankAccount.AccountID==Guid(`"$($a.AccountID)`")&order=Date DESC&page=1" -Headers $h).BankTransactions | Select-Object -First 1
        $age = if ($last) { ((Get-Date) - [datetime]$last.DateString).Days } else { 999 }
        if ($age -ge $StaleDays) {
            [pscustomobject]@{ Client = $t.tenantName; Account = $a.Name; DaysSinceLast = $age }
        }
    }
}

$out = "\\fenwick-nas\practice\reports\bank-feeds-$(Get-Date -Format yyyy-MM-dd).csv"
$report | Export-Csv -NoTypeInformation -Path $out
Send-MailMessage -To 'partners@fenwickaccountants.co.uk' -From 'reports@fenwickaccountants.co.uk' `
    -Subject "Stale bank feeds ($($report.Count))" -Attachments $out -SmtpServer 'fenwickaccountants-co-uk.mail.protection.outlook.com'
