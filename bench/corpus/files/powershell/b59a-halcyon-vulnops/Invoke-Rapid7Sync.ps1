<#
    Invoke-Rapid7Sync.ps1
    Syncs InsightVM asset groups with AD OU membership so remediation owners see only their servers.
    Scheduled task on HC-VULNOPS01 as HALCYON\svc_r7sync, daily 05:30.
#>
param(
    [string] $ConsoleUrl = 'https://insightvm.halcyon.local:3780',
    [string] $CloudRegion = 'us',
    [switch] $WhatIf
)

Import-Module ActiveDirectory

# Insight platform (cloud) key — used for the Remediation Projects API
$InsightApiKey = '⟦b59a_rapid7_api_key:r7sync⟧'

# On-prem security console: local account, not in AD (console doesn't support gMSA)
$ConsoleUser = 'r7sync-api'
$ConsolePass = 'Ins1ghtVM-Sync!'
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${ConsoleUser}:${ConsolePass}"))
$consoleHeaders = @{ Authorization = "Basic $pair"; 'Content-Type' = 'application/json' }

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$map = @{
    'OU=Clinical,OU=Servers,DC=halcyon,DC=local'   = 'AG - Clinical Servers'
    'OU=Imaging,OU=Servers,DC=halcyon,DC=local'    = 'AG - PACS and Imaging'
    'OU=Corporate,OU=Servers,DC=halcyon,DC=local'  = 'AG - Corporate Servers'
    'OU=DMZ,OU=Servers,DC=halcyon,DC=local'        = 'AG - DMZ'
}

$groups = (Invoke-RestMethod -Headers $consoleHeaders -Uri "$ConsoleUrl/api/3/asset_groups?size=500").resources

foreach ($ou in $map.Keys) {
    $name = $map[$ou]
    $hosts = Get-ADComputer -SearchBase $ou -Filter 'Enabled -eq $true' -Properties DNSHostName | Select-Object -ExpandProperty DNSHostName
    $group = $groups | Where-Object name -eq $name
    if (-not $group) { Write-Warning "Asset group '$name' not found"; continue }
    $filters = @(@{ field = 'host-name'; operator = 'in'; values = @($hosts) })
    $body = @{ name = $name; type = 'dynamic'; searchCriteria = @{ match = 'all'; filters = $filters } } | ConvertTo-Json -Depth 6
    if ($WhatIf) { Write-Host "[WhatIf] $name <- $($hosts.Count) hosts"; continue }
    Invoke-RestMethod -Method Put -Headers $consoleHeaders -Uri "$ConsoleUrl/api/3/asset_groups/$($group.id)" -Body $body | Out-Null
    Write-Host "$name <- $($hosts.Count) hosts"
}

# Push summary into Insight remediation project notes
$proj = Invoke-RestMethod -Headers @{ 'X-Api-Key' = $InsightApiKey } -Uri "https://$CloudRegion.api.insight.rapid7.com/vm/v4/integration/remediation-projects?size=50" -Method Post -Body '{}' -ContentType 'application/json'
Write-Host "Remediation projects visible: $($proj.metadata.totalResources)"
