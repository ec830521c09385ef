$headers = @{ Authorization = "Bearer $($env:API_TOKEN)"; 'X-Api-Key' = $env:PARTNER_API_KEY }
$password = ConvertTo-SecureString $env:SQL_PASSWORD -AsPlainText -Force
$cred = [pscredential]::new($env:SQL_USER, $password)
$secret = Get-Secret -Name 'StripeSecretKey' -Vault 'CorpVault' -AsPlainText
$token = (Get-AzAccessToken -ResourceUrl 'https://database.windows.net/').Token
Invoke-RestMethod -Uri "$env:API_BASE/sync" -Headers $headers -Method Post
