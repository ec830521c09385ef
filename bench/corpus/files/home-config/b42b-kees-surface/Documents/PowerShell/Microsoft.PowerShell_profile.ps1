# Kees - PowerShell 7 profile
Import-Module posh-git
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression

Set-PSReadLineOption -PredictionSource History
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete

# --- client shortcuts ------------------------------------------------------
function hv { Set-Location C:\src\harborview }
function bc { Set-Location C:\src\bloomcart }

# Harbour office SFTP drop for invoice PDFs (WinSCP scripting)
$env:HV_SFTP_HOST = "sftp.harborviewmarina.co.uk"
$env:HV_SFTP_USER = "invoices"
$env:HV_SFTP_PASS = "⟦password:sftp⟧"

# Stripe CLI for the Bloomcart webhooks; `stripe listen` reads this
$env:STRIPE_API_KEY = "⟦stripe_secret_test:kees⟧"

# Postmark account token (servers/domains API, not the server token)
$env:POSTMARK_ACCOUNT_TOKEN = "⟦postmark_server_token:account⟧"

function Get-SquarePayments([string]$Since = (Get-Date).AddDays(-1).ToString("o")) {
    $token = (Get-Secret -Name HarborviewSquareProd -AsPlainText)
    Invoke-RestMethod -Uri "https://connect.squareup.com/v2/payments?begin_time=$Since" `
        -Headers @{ Authorization = "Bearer $token"; "Square-Version" = "2024-04-17" }
}
