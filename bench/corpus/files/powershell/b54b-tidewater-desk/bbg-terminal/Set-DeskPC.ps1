<#
.SYNOPSIS
  Prepares a Bloomberg desk PC (Windows 11) after a re-image: local admin, drive maps,
  Bloomberg Terminal + Excel add-in, BLPAPI for Python, firewall rules for the B-Unit.
.NOTES
  Run as Administrator. Tidewater desk IT, last edited 2025-02-20 (DM).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidateSet('DESK2','DESK4')] [string] $Desk,
    [string] $ShareHost = 'nas01.tidewater.local'
)

$ErrorActionPreference = 'Stop'
Start-Transcript -Path "C:\ProgramData\Tidewater\setup-$Desk-$(Get-Date -Format yyyyMMdd-HHmm).log"

# --- local admin ---------------------------------------------------------------------------
$adminPw = ConvertTo-SecureString 'TwDesk!Admin2025' -AsPlainText -Force
if (-not (Get-LocalUser -Name 'twadmin' -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name 'twadmin' -Password $adminPw -PasswordNeverExpires -AccountNeverExpires | Out-Null
    Add-LocalGroupMember -Group 'Administrators' -Member 'twadmin'
}

# --- shared drives -------------------------------------------------------------------------
$nasUser = 'TIDEWATER\svc-desk'
$nasPass = ConvertTo-SecureString '⟦password:nas⟧' -AsPlainText -Force
$nasCred = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)
New-PSDrive -Name 'R' -PSProvider FileSystem -Root "\\$ShareHost\Risk" -Credential $nasCred -Persist -Scope Global
New-PSDrive -Name 'T' -PSProvider FileSystem -Root "\\$ShareHost\Trading" -Credential $nasCred -Persist -Scope Global

# --- Bloomberg ----------------------------------------------------------------------------
$installer = "\\$ShareHost\Software\Bloomberg\sotrt.exe"
if (-not (Test-Path 'C:\blp\Wintrv\wintrv.exe')) {
    Start-Process -FilePath $installer -ArgumentList '/S /NOREBOOT' -Wait
}
# Excel add-in
& 'C:\blp\API\Office Tools\BloombergUI.exe' /register

# BLPAPI for the research Python env (from Bloomberg's own index, not PyPI)
& py -3.11 -m pip install --index-url=https://blpapi.bloomberg.com/repository/releases/python/simple/ blpapi

# Terminal API listens on 8194 (localhost only); allow the B-Unit USB service
New-NetFirewallRule -DisplayName 'Bloomberg bbcomm' -Direction Inbound -Program 'C:\blp\Wintrv\bbcomm.exe' -LocalAddress 127.0.0.1 -Action Allow | Out-Null

# --- auto logon for the kiosk user (market-wall screen on DESK4 only) ----------------------
if ($Desk -eq 'DESK4') {
    $wl = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
    Set-ItemProperty -Path $wl -Name AutoAdminLogon -Value '1'
    Set-ItemProperty -Path $wl -Name DefaultUserName -Value 'wallscreen'
    Set-ItemProperty -Path $wl -Name DefaultPassword -Value 'Wall$creen4'
}

# --- BitLocker -----------------------------------------------------------------------------
$bl = Get-BitLockerVolume -MountPoint 'C:'
if ($bl.ProtectionStatus -ne 'On') {
    Enable-BitLocker -MountPoint 'C:' -EncryptionMethod XtsAes256 -TpmProtector
    Add-BitLockerKeyProtector -MountPoint 'C:' -RecoveryPasswordProtector
    # recovery key is escrowed to Entra ID by Intune, nothing to write down here
}

Stop-Transcript
