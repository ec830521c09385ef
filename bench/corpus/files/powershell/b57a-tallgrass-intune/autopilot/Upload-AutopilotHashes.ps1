<#
    Upload a vendor-supplied Autopilot CSV (Get-WindowsAutopilotInfo format) to a customer tenant.
    Credentials come from the SecretManagement vault "TCS" on the jump box (SecretStore, unlocked
    per session). Nothing is stored in this script.

    Usage: .\Upload-AutopilotHashes.ps1 -TenantDomain ridgeviewvet.onmicrosoft.com -Csv .\AutopilotHWID-ridgeview.csv -GroupTag RVV-Clinic
#>
param(
    [Parameter(Mandatory)][string]$TenantDomain,
    [Parameter(Mandatory)][string]$Csv,
    [string]$GroupTag = ''
)
$ErrorActionPreference = 'Stop'

Import-Module Microsoft.PowerShell.SecretManagement
$appId  = Get-Secret -Vault TCS -Name 'partner-app-id' -AsPlainText
$secret = Get-Secret -Vault TCS -Name 'partner-app-secret'        # SecureString
$cred   = [pscredential]::new($appId, $secret)

$tenantId = (Invoke-RestMethod "https://login.microsoftonline.com/$TenantDomain/v2.0/.well-known/openid-configuration").issuer.Split('/')[3]
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$rows = Import-Csv $Csv
Write-Host "Importing $($rows.Count) devices into $TenantDomain (group tag '$GroupTag')"
foreach ($r in $rows) {
    $body = @{
        '@odata.type'        = '#microsoft.graph.importedWindowsAutopilotDeviceIdentity'
        serialNumber         = $r.'Device Serial Number'
        productKey           = $r.'Windows Product ID'
        hardwareIdentifier   = $r.'Hardware Hash'
        groupTag             = $GroupTag
        state                = @{ deviceImportStatus = 'pending'; deviceRegistrationId = ''; deviceErrorCode = 0; deviceErrorName = '' }
    }
    Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/beta/deviceManagement/importedWindowsAutopilotDeviceIdentities' -Body ($body | ConvertTo-Json -Depth 4) | Out-Null
    Write-Host "  queued $($r.'Device Serial Number')"
}
Write-Host 'Done. Sync in Intune > Devices > Windows enrollment > Devices can take 15 minutes.'
