#Requires -RunAsAdministrator
<#
    Installs/updates the KDS bridge Windows service on the back-office server of a Harvest Bowl store.
    .\Install-KdsBridgeService.ps1 -Package \\hb-fs01\deploy\KdsBridge-2.3.0.zip
#>
param(
    [Parameter(Mandatory)] [string] $Package,
    [string] $InstallDir = 'C:\Program Files\HarvestBowl\KdsBridge',
    [string] $ServiceName = 'HBKdsBridge'
)

$ErrorActionPreference = 'Stop'

# service runs as a domain account so it can reach \\hb-fs01 for menu images
$svcUser = 'HARVESTBOWL\svc-kdsbridge'
$svcPass = 'Kds!Bridge-Svc-2022'

if (Get-Service $ServiceName -ErrorAction SilentlyContinue) {
    Stop-Service $ServiceName -Force
    Start-Sleep -Seconds 3
}

New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
Expand-Archive -Path $Package -DestinationPath $InstallDir -Force

# keep the store's appsettings.json if it exists
$cfg = Join-Path $InstallDir 'appsettings.json'
if (Test-Path "$cfg.store") { Copy-Item "$cfg.store" $cfg -Force }

$exe = Join-Path $InstallDir 'KdsBridge.exe'
if (-not (Get-Service $ServiceName -ErrorAction SilentlyContinue)) {
    sc.exe create $ServiceName binPath= "`"$exe`"" start= delayed-auto obj= $svcUser password= $svcPass DisplayName= "Harvest Bowl KDS Bridge" | Out-Null
    sc.exe failure $ServiceName reset= 86400 actions= restart/5000/restart/5000/restart/30000 | Out-Null
} else {
    sc.exe config $ServiceName binPath= "`"$exe`"" obj= $svcUser password= $svcPass | Out-Null
}

New-NetFirewallRule -DisplayName 'KDS Bridge 8088' -Direction Inbound -Protocol TCP -LocalPort 8088 -Action Allow -ErrorAction SilentlyContinue | Out-Null
Start-Service $ServiceName
Get-Service $ServiceName | Format-Table Name, Status, StartType
