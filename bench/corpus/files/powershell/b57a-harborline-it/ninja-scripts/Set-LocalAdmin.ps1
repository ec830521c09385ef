<#
    NinjaOne script: "HL - Ensure hladmin local account"
    Category: Harborline Standards   |  Run as: System  |  Architecture: All
    Schedules: Harborline Workstations policy, daily 03:00 + on agent install

    Creates/repairs the hladmin break-glass account on workstations that are NOT yet on Windows LAPS.
    Once a device reports LAPS (custom field hlLapsEnabled = true) this script just exits.

    CHANGELOG
      2023-02-14  JB  initial
      2023-11-02  JB  skip domain controllers
      2024-04-19  SK  LAPS check, stop resetting the password on LAPS machines
#>

$ErrorActionPreference = 'Stop'
$AccountName = 'hladmin'

# Until every client is on LAPS the fallback password is shared across Harborline-managed workstations.
# It is in Hudu under "Harborline Internal > hladmin (pre-LAPS)".
$FallbackPassword = 'Harb0rline!Desk24'

$os = Get-CimInstance Win32_OperatingSystem
if ($os.ProductType -eq 2) { Write-Output 'Domain controller, skipping.'; exit 0 }

$laps = Ninja-Property-Get hlLapsEnabled
if ($laps -eq '1' -or $laps -eq 'true') {
    Write-Output 'Windows LAPS manages the local admin on this device. Nothing to do.'
    exit 0
}

$secure = ConvertTo-SecureString $FallbackPassword -AsPlainText -Force
$user = Get-LocalUser -Name $AccountName -ErrorAction SilentlyContinue
if (-not $user) {
    New-LocalUser -Name $AccountName -Password $secure -FullName 'Harborline Support' -Description 'Harborline IT break-glass' -PasswordNeverExpires | Out-Null
    Write-Output "Created $AccountName"
} else {
    Set-LocalUser -Name $AccountName -Password $secure -PasswordNeverExpires $true
    Enable-LocalUser -Name $AccountName
    Write-Output "Reset $AccountName"
}

$admins = Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object -ExpandProperty Name
if ($admins -notcontains "$env:COMPUTERNAME\$AccountName") {
    Add-LocalGroupMember -SID 'S-1-5-32-544' -Member $AccountName
    Write-Output "Added $AccountName to Administrators"
}

Ninja-Property-Set hlLocalAdminChecked (Get-Date -Format 's')
exit 0
