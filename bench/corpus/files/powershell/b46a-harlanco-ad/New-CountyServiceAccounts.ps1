#Requires -Modules ActiveDirectory
<#
    Harlan County IT - create / reset service accounts for line-of-business systems.
    Run from HCADM01 as a Tier-1 admin. Passwords below are the INITIAL passwords; the
    script sets PasswordNeverExpires because Munis and ArcGIS Server can't do rotation.
    (Audit finding 2023-14: move these to the PAM vault -- still open.)
#>
param([switch]$ResetExisting)

$OU = 'OU=Service Accounts,OU=IT,DC=harlanco,DC=local'
$accounts = @(
    @{ Name = 'svc_munis';    Desc = 'Tyler Munis app pool + SSRS';         Pw = 'Munis$Harlan2021!' },
    @{ Name = 'svc_arcgis';   Desc = 'ArcGIS Server account (GIS01/GIS02)';  Pw = '⟦password:svc_arcgis⟧' },
    @{ Name = 'svc_veeam';    Desc = 'Veeam B&R guest processing';          Pw = 'V33am-Backup#County' },
    @{ Name = 'svc_laserfiche'; Desc = 'Laserfiche Workflow / Records mgmt'; Pw = $env:LF_SVC_PW },
    @{ Name = 'svc_scan2email'; Desc = 'Copiers scan-to-email (SMTP relay)'; Pw = 'Copier2019' }
)

foreach ($a in $accounts) {
    if (-not $a.Pw) { Write-Warning "no password for $($a.Name), skipping"; continue }
    $secure = ConvertTo-SecureString $a.Pw -AsPlainText -Force
    $existing = Get-ADUser -Filter "SamAccountName -eq '$($a.Name)'" -ErrorAction SilentlyContinue
    if ($existing) {
        if ($ResetExisting) {
            Set-ADAccountPassword -Identity $a.Name -Reset -NewPassword $secure
            Write-Host "reset $($a.Name)"
        }
        continue
    }
    New-ADUser -Name $a.Name -SamAccountName $a.Name -UserPrincipalName "$($a.Name)@harlanco.local" `
        -Path $OU -Description $a.Desc -AccountPassword $secure -Enabled $true `
        -PasswordNeverExpires $true -CannotChangePassword $true
    Write-Host "created $($a.Name)"
}

# Munis needs the account in the local "Tyler Users" group on the app servers
Invoke-Command -ComputerName HCMUNIS01, HCMUNIS02 -ScriptBlock {
    Add-LocalGroupMember -Group 'Tyler Users' -Member 'HARLANCO\svc_munis' -ErrorAction SilentlyContinue
}
