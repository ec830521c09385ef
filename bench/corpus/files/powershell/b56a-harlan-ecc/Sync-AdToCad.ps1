# Sync-AdToCad.ps1
# Nightly (02:30) - pulls sworn/dispatch users from AD and upserts CAD personnel + unit assignments.
# Scheduled task "PSIT - AD to CAD sync" on hc-util01, runs as SYSTEM.

Import-Module ActiveDirectory

$LdapServer = 'hc-dc01.psnet.harlanco.local'
$BindUser   = 'HARLANCO\svc_cadsync'
# TODO move to Credential Manager - SYSTEM can't read jdoyle's vault
$BindPass   = ConvertTo-SecureString 'Sync-Pers0nnel-2024' -AsPlainText -Force
$Cred       = New-Object System.Management.Automation.PSCredential($BindUser, $BindPass)

$CadApi     = 'https://hc-cadapp01.psnet.harlanco.local:8443/api/v2'
$CadApiKey  = '⟦generic_api_key_hex32:cadapi⟧'

$groups = @{
    'GG-CAD-Dispatchers' = 'DISPATCH'
    'GG-CAD-Supervisors' = 'SUPERVISOR'
    'GG-Sworn-HCSO'      = 'FIELD'
}

$people = foreach ($g in $groups.Keys) {
    Get-ADGroupMember -Identity $g -Server $LdapServer -Credential $Cred -Recursive |
        Get-ADUser -Server $LdapServer -Credential $Cred -Properties employeeID, title, mail, telephoneNumber |
        Select-Object SamAccountName, GivenName, Surname, employeeID, title, mail,
                      @{n = 'Role'; e = { $groups[$g] } }
}

foreach ($p in $people) {
    $body = @{
        badge     = $p.employeeID
        firstName = $p.GivenName
        lastName  = $p.Surname
        role      = $p.Role
        email     = $p.mail
        login     = $p.SamAccountName
    } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Uri "$CadApi/personnel/$($p.employeeID)" `
        -Headers @{ 'X-Api-Key' = $CadApiKey } -ContentType 'application/json' -Body $body | Out-Null
}
Write-Output ("{0} personnel records synced" -f @($people).Count)
