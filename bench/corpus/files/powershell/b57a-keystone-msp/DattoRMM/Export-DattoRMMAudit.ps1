<#
    Monthly export of Datto RMM device audit data for the QBR decks (Keystone IT).
    Output: one CSV per site under \\ksit-fs01\QBR\<yyyy-MM>\
#>
param(
    [string]$Platform = 'pinotage',
    [string]$ApiKey = '⟦b57a_datto_rmm_api_key:qbr⟧',
    [string]$ApiSecret = '⟦b57a_datto_rmm_api_secret:qbr⟧',
    [string]$OutRoot = '\\ksit-fs01\QBR'
)
$ErrorActionPreference = 'Stop'
$api = "https://$Platform-api.centrastage.net"

# password grant with Datto's documented public client (public-client / public)
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('public-client:public'))
$tok = Invoke-RestMethod -Method Post -Uri "$api/auth/oauth/token" -Headers @{ Authorization = "Basic $basic" } `
    -Body @{ grant_type = 'password'; username = $ApiKey; password = $ApiSecret } -ContentType 'application/x-www-form-urlencoded'
$h = @{ Authorization = "Bearer $($tok.access_token)" }

$month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
$dir = Join-Path $OutRoot $month
New-Item -ItemType Directory -Force -Path $dir | Out-Null

$sites = (Invoke-RestMethod -Uri "$api/api/v2/account/sites?max=250" -Headers $h).sites
foreach ($s in $sites) {
    $devices = (Invoke-RestMethod -Uri "$api/api/v2/site/$($s.uid)/devices?max=250" -Headers $h).devices
    $rows = foreach ($d in $devices) {
        $audit = Invoke-RestMethod -Uri "$api/api/v2/audit/device/$($d.uid)" -Headers $h
        [pscustomobject]@{
            Hostname   = $d.hostname
            Type       = $d.deviceType.category
            OS         = $d.operatingSystem
            LastSeen   = $d.lastSeen
            Patch      = $d.patchManagement.patchStatus
            AV         = $d.antivirus.antivirusProduct
            CPU        = ($audit.processors | Select-Object -First 1).name
            RAMGB      = [math]::Round($audit.systemInfo.totalPhysicalMemory / 1GB, 1)
            Warranty   = $d.warrantyDate
        }
    }
    $rows | Export-Csv -NoTypeInformation -Path (Join-Path $dir ("{0}.csv" -f ($s.name -replace '[^\w\-]', '_')))
}
Write-Host "Exported $($sites.Count) sites to $dir"
