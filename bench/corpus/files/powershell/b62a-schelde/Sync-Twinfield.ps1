# Handmatige Twinfield-sync (als Hangfire vastzit). Draaien op JUMP01 als svc_portal.
param([string]$Office = 'SCH001', [datetime]$Since = (Get-Date).AddDays(-1))

$ClientId     = 'ScheldePortal'
$ClientSecret = '⟦b62a_twinfield_client_secret⟧'
$RefreshToken = '⟦b62a_twinfield_refresh_token:ps⟧'

$body = @{
    grant_type    = 'refresh_token'
    refresh_token = $RefreshToken
}
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${ClientId}:${ClientSecret}"))
$token = Invoke-RestMethod -Method Post -Uri 'https://login.twinfield.com/auth/authentication/connect/token' `
    -Headers @{ Authorization = "Basic $basic" } -Body $body

$access = $token.access_token
$info = Invoke-RestMethod -Uri "https://login.twinfield.com/auth/authentication/connect/accesstokenvalidation?token=$access"
$cluster = $info.'twf.clusterUrl'
Write-Host "Cluster: $cluster"

$invoices = Invoke-Sqlcmd -ServerInstance 'schelde-sql.database.windows.net' -Database portal `
    -Username 'portal_app' -Password '⟦db_password:sql⟧' `
    -Query "SELECT Id, Number, Total FROM Invoices WHERE BookedAt IS NULL AND CreatedAt >= '$($Since.ToString('s'))'"

foreach ($inv in $invoices) {
    $xml = @"
<transaction destiny="final"><header><office>$Office</office><code>VRK</code><invoicenumber>$($inv.Number)</invoicenumber></header></transaction>
"@
    $soap = @"
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><Header xmlns="http://www.twinfield.com/"><AccessToken>$access</AccessToken><CompanyCode>$Office</CompanyCode></Header></soap:Header><soap:Body><ProcessXmlString xmlns="http://www.twinfield.com/"><xmlRequest><![CDATA[$xml]]></xmlRequest></ProcessXmlString></soap:Body></soap:Envelope>
"@
    Invoke-RestMethod -Method Post -Uri "$cluster/webservices/processxml.asmx" -ContentType 'text/xml; charset=utf-8' -Body $soap | Out-Null
    Write-Host "Geboekt: $($inv.Number)"
}
