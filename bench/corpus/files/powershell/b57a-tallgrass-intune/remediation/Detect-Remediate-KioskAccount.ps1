<#
    Intune Remediation (detection + remediation in one file; -Remediate switch picks the mode)
    Name: RVV - Kiosk account present and auto-logon configured
    Assigned to: RVV-Kiosk-Devices (lobby check-in PCs)
    Author: N. Brightwater, Tallgrass Cloud Services

    The kiosk account only opens the check-in web app (assigned access). Its password is not meant to be
    known by staff, but it has to be in the registry for auto-logon anyway.
#>
param([switch]$Remediate)

$KioskUser = 'rvvkiosk'
$KioskPass = 'Tallgrass#Kiosk24'
$Winlogon  = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'

function Test-State {
    $u = Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue
    $w = Get-ItemProperty -Path $Winlogon
    return ($u -and $u.Enabled -and $w.AutoAdminLogon -eq '1' -and $w.DefaultUserName -eq $KioskUser)
}

if (-not $Remediate) {
    if (Test-State) { Write-Output 'Compliant'; exit 0 } else { Write-Output 'Kiosk not configured'; exit 1 }
}

$sec = ConvertTo-SecureString $KioskPass -AsPlainText -Force
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $KioskUser -Password $sec -PasswordNeverExpires -UserMayNotChangePassword -Description 'Lobby check-in kiosk' | Out-Null
} else {
    Set-LocalUser -Name $KioskUser -Password $sec
    Enable-LocalUser -Name $KioskUser
}
Set-ItemProperty -Path $Winlogon -Name AutoAdminLogon -Value '1'
Set-ItemProperty -Path $Winlogon -Name DefaultUserName -Value $KioskUser
Set-ItemProperty -Path $Winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
Set-ItemProperty -Path $Winlogon -Name DefaultPassword -Value $KioskPass
Write-Output 'Remediated'
exit 0
