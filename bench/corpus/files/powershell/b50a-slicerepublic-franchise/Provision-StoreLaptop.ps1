<#
.SYNOPSIS
    Provisions a Slice Republic store manager laptop (Win 11 Pro) before it ships to a franchisee.

.DESCRIPTION
    - renames the machine to SR-<store#>-MGR
    - creates the local support admin (srsupport) used by franchise IT over ScreenConnect
    - joins the store Wi-Fi profile for the back office SSID
    - installs Square Dashboard shortcut, 7shifts, Chrome, the label printer driver
    - drops the nightly sales export task (Export-NightlySales.ps1)

    Run elevated:  .\Provision-StoreLaptop.ps1 -StoreNumber 118 -StoreName "Gastonia"

.NOTES
    Franchise IT - Ray Okafor. v3.2 2024-07-18
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateRange(100, 999)] [int] $StoreNumber,
    [Parameter(Mandatory)] [string] $StoreName,
    [string] $Ssid = "SR-BackOffice",
    [switch] $SkipApps
)

$ErrorActionPreference = 'Stop'
Start-Transcript -Path "C:\ProgramData\SliceRepublic\provision-$StoreNumber.log" -Append

# --- 1. name ------------------------------------------------------------------------------
$newName = "SR-$StoreNumber-MGR"
if ($env:COMPUTERNAME -ne $newName) {
    Rename-Computer -NewName $newName -Force
}

# --- 2. local support admin ---------------------------------------------------------------
# Same on every laptop so support can get in when a franchisee locks themselves out.
$supportPassword = ConvertTo-SecureString 'Sl1ceSupport!2024' -AsPlainText -Force
if (-not (Get-LocalUser -Name 'srsupport' -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name 'srsupport' -Password $supportPassword -FullName 'Slice Republic Support' `
        -PasswordNeverExpires -AccountNeverExpires | Out-Null
    Add-LocalGroupMember -Group 'Administrators' -Member 'srsupport'
} else {
    Set-LocalUser -Name 'srsupport' -Password $supportPassword
}

# --- 3. Wi-Fi profile --------------------------------------------------------------------
$psk = 'DoughRise#' + $StoreNumber
$profileXml = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$Ssid</name>
  <SSIDConfig><SSID><name>$Ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$tmp = Join-Path $env:TEMP "wlan-$Ssid.xml"
$profileXml | Set-Content -Path $tmp -Encoding UTF8
netsh wlan add profile filename="$tmp" user=all | Out-Null
Remove-Item $tmp

# --- 4. apps ------------------------------------------------------------------------------
if (-not $SkipApps) {
    winget install --id Google.Chrome -e --silent --accept-package-agreements
    winget install --id Zebra.ZDesigner -e --silent --accept-package-agreements
    $desktop = [Environment]::GetFolderPath('CommonDesktopDirectory')
    $ws = New-Object -ComObject WScript.Shell
    foreach ($link in @(
        @{ Name = 'Square Dashboard'; Url = 'https://squareup.com/dashboard' },
        @{ Name = '7shifts'; Url = 'https://app.7shifts.com' },
        @{ Name = 'Franchise Portal'; Url = 'https://portal.slicerepublic.com' }
    )) {
        $s = $ws.CreateShortcut((Join-Path $desktop "$($link.Name).url"))
        $s.TargetPath = $link.Url
        $s.Save()
    }
}

# --- 5. nightly export task --------------------------------------------------------------
$cfgDir = 'C:\ProgramData\SliceRepublic'
New-Item -ItemType Directory -Force -Path $cfgDir | Out-Null
@{
    StoreNumber     = $StoreNumber
    StoreName       = $StoreName
    # franchise-wide Square access token (read-only orders/payments) - TODO per-store OAuth
    SquareToken     = '⟦square_access_token:franchise⟧'
    SquareLocation  = ''
    SmtpUser        = 'reports@slicerepublic.com'
} | ConvertTo-Json | Set-Content -Path (Join-Path $cfgDir 'export.json')

Copy-Item "$PSScriptRoot\Export-NightlySales.ps1" $cfgDir -Force
$action  = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy Bypass -File $cfgDir\Export-NightlySales.ps1"
$trigger = New-ScheduledTaskTrigger -Daily -At 3:15am
Register-ScheduledTask -TaskName 'SR Nightly Sales Export' -Action $action -Trigger $trigger -User 'SYSTEM' -Force | Out-Null

Stop-Transcript
Write-Host "Provisioned $newName ($StoreName). Reboot required." -ForegroundColor Green
