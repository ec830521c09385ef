<#
.SYNOPSIS
  Sets up env vars for running bazaarkart checkout locally on Windows (Arjun's laptop).
.NOTES
  Run:  . .\dev-setup.ps1   (dot-source so the vars stay in the session)
#>

$ErrorActionPreference = 'Stop'

$env:NODE_ENV = 'development'
$env:MONGO_URI = 'mongodb://localhost:27017/checkout'

# Razorpay test mode
$env:RAZORPAY_KEY_ID = '⟦b58a_razorpay_test_key_id:arjun⟧'
$env:RAZORPAY_KEY_SECRET = '⟦razorpay_key_secret:arjun⟧'

# PhonePe UAT (merchant BAZAARKARTUAT)
$env:PHONEPE_MERCHANT_ID = 'BAZAARKARTUAT'
$env:PHONEPE_SALT_KEY = '⟦b58a_phonepe_salt_key:uat⟧'
$env:PHONEPE_SALT_INDEX = '1'

# Cashfree sandbox
$env:CASHFREE_APP_ID = '⟦b58a_cashfree_app_id:arjun⟧'
$env:CASHFREE_SECRET_KEY = $null   # pulled below from the Windows credential manager
$cred = Get-StoredCredential -Target 'bk-cashfree-sandbox' -ErrorAction SilentlyContinue
if ($cred) { $env:CASHFREE_SECRET_KEY = $cred.GetNetworkCredential().Password }

Write-Host "bazaarkart dev env ready (Razorpay test, PhonePe UAT, Cashfree sandbox)" -ForegroundColor Green

if (-not (Get-Command node -ErrorAction SilentlyContinue)) {
    Write-Warning "node not found on PATH; install Node 20 via winget install OpenJS.NodeJS.LTS"
}
