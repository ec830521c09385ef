# New-EntraScimApp.ps1
# Creates the Entra ID app registration used by the Workday -> Entra inbound provisioning bridge
# and stores its secret for the Logic App. Run once per environment.  -- m.kowalski, 2024-02
#Requires -Modules Microsoft.Graph.Applications

param(
    [ValidateSet('test','prod')] [string]$Env = 'test'
)

$TenantId = 'b3c1e8f2-4a5d-4c7e-9f10-2a3b4c5d6e7f'

# Bootstrap app (already exists) that has Application.ReadWrite.OwnedBy
$BootstrapAppId  = '4d2e9c1a-7b3f-4e5d-8a6c-9f0e1d2c3b4a'
$BootstrapSecret = '⟦azure_ad_client_secret:bootstrap⟧'

$secure = ConvertTo-SecureString $BootstrapSecret -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($BootstrapAppId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$app = New-MgApplication -DisplayName "Workday Inbound Provisioning ($Env)" -SignInAudience AzureADMyOrg
$sp  = New-MgServicePrincipal -AppId $app.AppId

$pwd = Add-MgApplicationPassword -ApplicationId $app.Id -PasswordCredential @{
    displayName = "logicapp-$Env"
    endDateTime = (Get-Date).AddMonths(12)
}

# Previous run output, kept for reference (test):
#   AppId        : 1f6d3b2a-9c8e-4d7f-a6b5-c4d3e2f1a0b9
#   SecretText   : ⟦azure_ad_client_secret:testrun⟧
Write-Host "AppId     : $($app.AppId)"
Write-Host "ObjectId  : $($sp.Id)"
Write-Host "SecretText: $($pwd.SecretText)"
Write-Host "Expires   : $($pwd.EndDateTime)"

Set-AzKeyVaultSecret -VaultName "kv-nwp-integ-$Env" -Name 'workday-inbound-client-secret' `
    -SecretValue (ConvertTo-SecureString $pwd.SecretText -AsPlainText -Force) | Out-Null
Disconnect-MgGraph | Out-Null
