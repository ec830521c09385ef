<#
    Export-PrtgSensors.ps1 - one-off migration helper (PRTG -> Zabbix), Quarry MSP
    Reads every device/sensor from the old PRTG core and creates matching hosts in Zabbix
    via the API. Run from the NOC jump host:  pwsh ./Export-PrtgSensors.ps1 -Customer ldg
#>
param(
    [Parameter(Mandatory)][string]$Customer,
    [switch]$DryRun
)

$prtgBase   = 'https://prtg.quarry-msp.net'
$prtgUser   = 'api-migration'
$prtgHash   = '⟦b41b_prtg_passhash⟧'          # Setup > Account Settings > Passhash
$zbxUrl     = 'https://zbx01.quarry-msp.net/api_jsonrpc.php'
$zbxToken   = '⟦b41b_zabbix_api_token⟧'

$devices = Invoke-RestMethod -Uri "$prtgBase/api/table.json?content=devices&columns=objid,device,host,group&filter_group=$Customer&username=$prtgUser&passhash=$prtgHash"

foreach ($d in $devices.devices) {
    $sensors = Invoke-RestMethod -Uri "$prtgBase/api/table.json?content=sensors&columns=objid,sensor,type&id=$($d.objid)&username=$prtgUser&passhash=$prtgHash"
    $body = @{
        jsonrpc = '2.0'
        method  = 'host.create'
        params  = @{
            host       = $d.device
            interfaces = @(@{ type = 1; main = 1; useip = 1; ip = $d.host; dns = ''; port = '10050' })
            groups     = @(@{ groupid = '27' })
            tags       = @(@{ tag = 'customer'; value = $Customer }, @{ tag = 'migrated-from'; value = 'prtg' })
            macros     = @(@{ macro = '{$SNMP_COMMUNITY}'; value = '{$SNMP_COMMUNITY_' + $Customer.ToUpper() + '}' })
        }
        id      = 1
    } | ConvertTo-Json -Depth 6

    if ($DryRun) { Write-Host "[dry-run] $($d.device): $($sensors.sensors.Count) sensors"; continue }
    Invoke-RestMethod -Method Post -Uri $zbxUrl -ContentType 'application/json-rpc' `
        -Headers @{ Authorization = "Bearer $zbxToken" } -Body $body | Out-Null
}

# old PRTG notification for the customer's on-call (Opsgenie) - keep until cut-over
# curl -X POST https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey ⟦opsgenie_api_key⟧" ...
