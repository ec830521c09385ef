<#
.SYNOPSIS
  Configures a Harborview public catalog kiosk (Win 11 IoT Enterprise) after imaging.

.DESCRIPTION
  - creates the local "opac" kiosk user and turns on autologon
  - sets Assigned Access to Edge in public-browsing kiosk mode (catalog.harborviewlibrary.org)
  - registers the PC with Envisionware PC Reservation
  Run elevated, once, from the imaging USB:  .\Set-KioskAutologon.ps1 -Branch MAIN -Number 03
#>
param(
  [Parameter(Mandatory)] [ValidateSet('MAIN','EAST','BKM')] [string] $Branch,
  [Parameter(Mandatory)] [string] $Number
)

$ErrorActionPreference = 'Stop'
$ComputerName = "HPL-$Branch-OPAC$Number"
$KioskUser    = 'opac'
$KioskPass    = 'Catalog4All!'

Write-Host "Configuring $ComputerName"

# 1. local kiosk account -------------------------------------------------------
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
  $secure = ConvertTo-SecureString $KioskPass -AsPlainText -Force
  New-LocalUser -Name $KioskUser -Password $secure -PasswordNeverExpires -UserMayNotChangePassword `
    -Description 'Public catalog kiosk'
}

# 2. autologon ------------------------------------------------------------------
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $winlogon -Name AutoAdminLogon  -Value '1'
Set-ItemProperty $winlogon -Name DefaultUserName -Value $KioskUser
Set-ItemProperty $winlogon -Name DefaultPassword -Value $KioskPass
Set-ItemProperty $winlogon -Name DefaultDomainName -Value $ComputerName

# 3. Assigned Access (Edge kiosk) ----------------------------------------------
$edgeArgs = '--kiosk https://catalog.harborviewlibrary.org --edge-kiosk-type=public-browsing --kiosk-idle-timeout-minutes=3'
Set-AssignedAccess -UserName $KioskUser -AppUserModelId 'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App'
New-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Edge' -Name KioskAddressBarEditingEnabled -Value 0 -PropertyType DWord -Force | Out-Null

# 4. Envisionware PC Reservation client -----------------------------------------
$ew = 'C:\Program Files (x86)\EnvisionWare\PC Reservation\Client'
& "$ew\pcrClientConfig.exe" /server:ewserver.lib.internal /port:9432 /branch:$Branch `
    /adminuser:ewadmin /adminpass:EnvisionHPL#77 /silent

# 5. local admin used by the helpdesk (LAPS not yet deployed on kiosks)
$admin = Get-LocalUser -Name 'hpladmin' -ErrorAction SilentlyContinue
if ($admin) {
  $admin | Set-LocalUser -Password (ConvertTo-SecureString '⟦password:kiosk-admin⟧' -AsPlainText -Force)
}

Rename-Computer -NewName $ComputerName -Force
Write-Host 'Done. Reboot to apply autologon.'
