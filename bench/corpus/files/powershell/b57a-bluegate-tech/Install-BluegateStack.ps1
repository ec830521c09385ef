<#
    Bluegate Technology Partners -- new endpoint stack installer
    Run from the Datto RMM component "BG - Install Stack" (variables: ClientCode, SiteName).
    Installs: Huntress, ScreenConnect access agent. Datto RMM itself is already present (this runs in it).
#>
param(
    [string]$ClientCode = $env:ClientCode,
    [string]$SiteName   = $env:SiteName
)
$ErrorActionPreference = 'Stop'
$Temp = Join-Path $env:TEMP 'bg-stack'
New-Item -ItemType Directory -Force -Path $Temp | Out-Null

# ---- Huntress ----------------------------------------------------------------------------------
# Account key for the Bluegate Huntress account (Huntress portal > Download Agent). The component
# variable is not inherited on new sites (Datto ticket #0318842), so it is pinned here for now.
$HuntressAccountKey = '⟦b57a_huntress_account_key:bg⟧'
if (-not (Get-Service HuntressAgent -ErrorAction SilentlyContinue)) {
    $exe = Join-Path $Temp 'HuntressInstaller.exe'
    Invoke-WebRequest -Uri "https://huntress.io/download/$HuntressAccountKey" -OutFile $exe -UseBasicParsing
    Start-Process $exe -ArgumentList "/ACCT_KEY=`"$HuntressAccountKey`" /ORG_KEY=`"$ClientCode`" /S" -Wait
    Write-Output 'Huntress installed'
}

# ---- ScreenConnect ----------------------------------------------------------------------------
# Access agent MSI from our instance; c= custom properties: company, site, department, device type
$scBase = 'https://bluegate.screenconnect.com/Bin/ScreenConnect.ClientSetup.msi'
$scQuery = 'e=Access&y=Guest&c={0}&c={1}&c=&c=&c=&c=&c=&c=' -f [uri]::EscapeDataString($ClientCode), [uri]::EscapeDataString($SiteName)
if (-not (Get-Service -Name 'ScreenConnect Client*' -ErrorAction SilentlyContinue)) {
    $msi = Join-Path $Temp 'sc.msi'
    Invoke-WebRequest -Uri "$scBase`?$scQuery" -OutFile $msi -UseBasicParsing
    Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn" -Wait
    Write-Output 'ScreenConnect installed'
}

Remove-Item $Temp -Recurse -Force
