# Pulls the Mimecast held-message queue every 15 minutes and raises a ticket when a
# message from a client domain is held for more than an hour (eDiscovery delivery SLA).
# API 1.0 keys (Administration > Services > API and Platform Integrations).

$baseUrl   = 'https://eu-api.mimecast.com'
$appId     = '⟦b48b_mimecast_app_id⟧'
$appKey    = '⟦b48b_mimecast_app_key⟧'
$accessKey = '⟦b48b_mimecast_access_key⟧'
$secretKey = '⟦b48b_mimecast_secret_key⟧'

function Invoke-Mimecast([string]$uri, $data) {
    $requestId = [guid]::NewGuid().ToString()
    $date = (Get-Date).ToUniversalTime().ToString('ddd, dd MMM yyyy HH:mm:ss UTC')
    $hmac = New-Object System.Security.Cryptography.HMACSHA1
    $hmac.Key = [Convert]::FromBase64String($secretKey)
    $sig = [Convert]::ToBase64String($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes("$date`:$requestId`:$uri`:$appKey")))
    $headers = @{
        'Authorization' = "MC $accessKey`:$sig"
        'x-mc-app-id'   = $appId
        'x-mc-date'     = $date
        'x-mc-req-id'   = $requestId
    }
    Invoke-RestMethod -Method Post -Uri "$baseUrl$uri" -Headers $headers -Body (@{ data = @($data) } | ConvertTo-Json -Depth 5) -ContentType 'application/json'
}

$held = Invoke-Mimecast '/api/gateway/get-hold-message-list' @{ admin = $true; start = (Get-Date).AddHours(-6).ToString('o') }
$late = $held.data | Where-Object { $_.dateReceived -lt (Get-Date).AddHours(-1) -and $_.from.emailAddress -match '@(client|opposing)' }

if ($late) {
    # Freshservice ticket via API key (basic auth, key as user name)
    $fsKey = '⟦b39a_freshdesk_api_key:fs⟧'
    $auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$fsKey`:X"))
    $ticket = @{ subject = "Mimecast: $($late.Count) client messages held > 1h"; description = ($late | Out-String); email = 'it-alerts@harrowgatelyle.com'; priority = 3; status = 2 }
    Invoke-RestMethod -Method Post -Uri 'https://harrowgatelyle.freshservice.com/api/v2/tickets' -Headers @{ Authorization = "Basic $auth" } -Body ($ticket | ConvertTo-Json) -ContentType 'application/json'
}
