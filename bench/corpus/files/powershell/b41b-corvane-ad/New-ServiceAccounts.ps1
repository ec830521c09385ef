#Requires -Modules ActiveDirectory
<#
    New-ServiceAccounts.ps1
    Creates the service accounts for the 2024 EHR upgrade (CHG0031877).
    Run on DC01 as a Domain Admin. Passwords are set to "never expire" on purpose,
    the vendor cannot handle rotation. Store the passwords in Secret Server afterwards!
#>

$ou = 'OU=Service Accounts,OU=Corvane,DC=corvane,DC=local'

$accounts = @(
    @{ Name = 'svc-ehr-app';     Description = 'EHR application pool identity';   Password = 'Ehr!AppPool-2024' },
    @{ Name = 'svc-ehr-interface'; Description = 'HL7 interface engine (Mirth)';  Password = '⟦password:mirth⟧' },
    @{ Name = 'svc-ehr-reports'; Description = 'SSRS execution account';          Password = '⟦password:ssrs⟧' }
)

foreach ($a in $accounts) {
    if (Get-ADUser -Filter "SamAccountName -eq '$($a.Name)'" -ErrorAction SilentlyContinue) {
        Write-Warning "$($a.Name) already exists, skipping"
        continue
    }
    New-ADUser -Name $a.Name -SamAccountName $a.Name -UserPrincipalName "$($a.Name)@corvane.local" `
        -Path $ou -Description $a.Description `
        -AccountPassword (ConvertTo-SecureString $a.Password -AsPlainText -Force) `
        -PasswordNeverExpires $true -CannotChangePassword $true -Enabled $true
    Add-ADGroupMember -Identity 'GRP-EHR-Service' -Members $a.Name
}

# gMSA for the scheduler - no password to manage
New-ADServiceAccount -Name 'gmsa-ehr-sched' -DNSHostName 'gmsa-ehr-sched.corvane.local' `
    -PrincipalsAllowedToRetrieveManagedPassword 'GRP-EHR-AppServers'

# join the two new app servers with a delegated account (can only create computer objects in OU=EHR)
$joinCred = New-Object System.Management.Automation.PSCredential('CORVANE\svc-djoin',
    (ConvertTo-SecureString 'DomJoin#Corvane2023' -AsPlainText -Force))
foreach ($srv in 'EHRAPP03', 'EHRAPP04') {
    Add-Computer -ComputerName $srv -DomainName 'corvane.local' -OUPath 'OU=EHR,OU=Servers,DC=corvane,DC=local' `
        -Credential $joinCred -Restart -Force
}

# break-glass: ask interactively, never hard-code
$bg = Read-Host -AsSecureString 'Password for adm-breakglass'
Set-ADAccountPassword -Identity 'adm-breakglass' -NewPassword $bg -Reset
