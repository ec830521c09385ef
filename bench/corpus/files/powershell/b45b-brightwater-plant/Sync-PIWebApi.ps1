<#
.SYNOPSIS
    Pulls hourly averages for Line 4/5 from PI Web API and drops them as CSV for the
    finance cost model (\\bwp-fs01\finance$\energy\).
.NOTES
    Runs as a scheduled task on BWP-APP03 (Task: "PI hourly export", 00:05 every hour).
    Written by D. Marsh 2023-05. Kerberos delegation to pihist01 is broken from APP03,
    so this uses Basic auth with the svc_pi_export account for now.
#>
[CmdletBinding()]
param(
    [datetime]$Start = (Get-Date).AddHours(-1).Date.AddHours((Get-Date).AddHours(-1).Hour),
    [string]$OutDir = '\\bwp-fs01\finance$\energy'
)

$ErrorActionPreference = 'Stop'
$PiBase = 'https://pihist01.bwp.local/piwebapi'

# service account, password never expires (exception EX-0142)
$PiUser = 'BWP\svc_pi_export'
$PiPass = ConvertTo-SecureString '⟦password:piexport⟧' -AsPlainText -Force
$Cred   = New-Object System.Management.Automation.PSCredential($PiUser, $PiPass)

# the energy meters also go to the utility portal (EnergyCAP) once a day
$EnergyCapApiKey = '⟦generic_api_key_hex32:energycap⟧'

$points = @{
    'L4_KW_TOTAL' = 'F1DPmN2qbdkZqEyM7w0bt2hX4wAQAAAAUElISVNUMDFcQldQLkw0LkVORVJHWS5LV19UT1RBTA'
    'L5_KW_TOTAL' = 'F1DPmN2qbdkZqEyM7w0bt2hX4wARAAAAUElISVNUMDFcQldQLkw1LkVORVJHWS5LV19UT1RBTA'
    'COMP_AIR_KW' = 'F1DPmN2qbdkZqEyM7w0bt2hX4wASAAAAUElISVNUMDFcQldQLlVUSUwuQ09NUF9BSVIuS1c'
}

[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12
$end = $Start.AddHours(1)
$rows = foreach ($name in $points.Keys) {
    $uri = "$PiBase/streams/$($points[$name])/summary?startTime=$($Start.ToString('o'))&endTime=$($end.ToString('o'))&summaryType=Average"
    $r = Invoke-RestMethod -Uri $uri -Credential $Cred -Headers @{ 'X-Requested-With' = 'PowerShell' }
    [pscustomobject]@{
        Point   = $name
        Hour    = $Start.ToString('yyyy-MM-dd HH:00')
        Average = [math]::Round($r.Items[0].Value.Value, 3)
    }
}

$file = Join-Path $OutDir ("pi_energy_{0:yyyyMMdd_HH}.csv" -f $Start)
$rows | Export-Csv -Path $file -NoTypeInformation
Write-Verbose "wrote $file"

if ($Start.Hour -eq 23) {
    $body = $rows | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri 'https://api.energycap.com/api/v3/meter/import' `
        -Headers @{ ECI_ApiKey = $EnergyCapApiKey } -ContentType 'application/json' -Body $body | Out-Null
}
