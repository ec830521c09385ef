<#
.SYNOPSIS
    Creates (or resets) the service accounts used by clinical systems at SBRMC.

.DESCRIPTION
    Run from a PAW as a member of "SBRMC-Tier1-Admins". Accounts are created in
    OU=Clinical,OU=Service Accounts,DC=sbrmc,DC=local with "password never expires" and are
    denied interactive logon by GPO "SBRMC - Deny Interactive Service Accounts".

    Passwords must be entered into CyberArk (safe CLIN-SVC) right after the run.

.NOTES
    2023-11-02  jmorales   initial
    2024-03-19  jmorales   add svc_orthanc_ldap, svc_epicprint; PACS vendor needed fixed pwd for go-live
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [switch]$ResetExisting
)

Import-Module ActiveDirectory -ErrorAction Stop

$ou = 'OU=Clinical,OU=Service Accounts,DC=sbrmc,DC=local'

$accounts = @(
    @{ Name = 'svc_mirth';        Description = 'Mirth Connect interface engine (sbrmc-mirth01)'; Password = '⟦password:svcmirth⟧' }
    @{ Name = 'svc_orthanc_ldap'; Description = 'Orthanc / dcm4chee LDAP bind';                  Password = '⟦password:svcorthanc⟧' }
    @{ Name = 'svc_epicprint';    Description = 'Epic print service (EPS) - Hyperspace print';     Password = 'EpicPrint#2024!' }
    @{ Name = 'svc_kronos_sync';  Description = 'UKG/Kronos badge sync';                           Password = $null }  # gMSA, see below
)

foreach ($a in $accounts) {
    if (-not $a.Password) { continue }
    $secure = ConvertTo-SecureString -String $a.Password -AsPlainText -Force
    $existing = Get-ADUser -Filter "SamAccountName -eq '$($a.Name)'" -ErrorAction SilentlyContinue

    if ($existing) {
        if ($ResetExisting -and $PSCmdlet.ShouldProcess($a.Name, 'Reset password')) {
            Set-ADAccountPassword -Identity $a.Name -NewPassword $secure -Reset
            Write-Host "reset $($a.Name)"
        }
        continue
    }

    if ($PSCmdlet.ShouldProcess($a.Name, 'Create service account')) {
        New-ADUser -Name $a.Name -SamAccountName $a.Name -UserPrincipalName "$($a.Name)@sbrmc.local" `
            -Path $ou -Description $a.Description -AccountPassword $secure -Enabled $true `
            -PasswordNeverExpires $true -CannotChangePassword $true
        Add-ADGroupMember -Identity 'SBRMC-Deny-Interactive-Logon' -Members $a.Name
        Write-Host "created $($a.Name)"
    }
}

# Kronos sync runs as a group managed service account (no password to manage)
if (-not (Get-ADServiceAccount -Filter "Name -eq 'gmsa_kronos'" -ErrorAction SilentlyContinue)) {
    New-ADServiceAccount -Name 'gmsa_kronos' -DNSHostName 'gmsa_kronos.sbrmc.local' `
        -PrincipalsAllowedToRetrieveManagedPassword 'SBRMC-KronosSync-Hosts'
}

# LDAP bind test for the PACS account (dcm4chee uses simple bind over LDAPS)
$cred = New-Object System.Management.Automation.PSCredential('SBRMC\svc_orthanc_ldap', (ConvertTo-SecureString '⟦password:svcorthanc⟧' -AsPlainText -Force))
Get-ADUser -Identity 'svc_orthanc_ldap' -Server 'dc02.sbrmc.local:636' -Credential $cred | Select-Object Name, Enabled
