<#
    Get-IntegrationSecrets.ps1
    Loads integration credentials for the HM automation scripts from the firm's Azure Key Vault
    (kv-hm-automation) via the SecretManagement module. Nothing is stored on disk.

    Register once per server:
        Install-Module Microsoft.PowerShell.SecretManagement, Az.KeyVault -Scope AllUsers
        Register-SecretVault -Name HMAutomation -ModuleName Az.KeyVault `
            -VaultParameters @{ AZKVaultName = 'kv-hm-automation'; SubscriptionId = $env:HM_AUTOMATION_SUB }
#>
[CmdletBinding()]
param(
    [ValidateSet('iManage', 'NetDocuments', 'DocuSign', 'Intapp', 'Pacer')]
    [string]$System
)

$ErrorActionPreference = 'Stop'

# Managed identity of the automation VM
Connect-AzAccount -Identity | Out-Null

$map = @{
    iManage      = @('imanage-client-id', 'imanage-client-secret', 'imanage-svc-password')
    NetDocuments = @('netdocs-client-id', 'netdocs-client-secret', 'netdocs-refresh-token')
    DocuSign     = @('docusign-integration-key', 'docusign-rsa-private-key', 'docusign-user-guid')
    Intapp       = @('intapp-open-api-key')
    Pacer        = @('pacer-firm-login', 'pacer-firm-password')
}

$result = [ordered]@{}
foreach ($name in $map[$System]) {
    # -AsPlainText only for the duration of the call; callers must not log the values
    $result[$name] = Get-Secret -Vault HMAutomation -Name $name -AsPlainText
}

if ($env:HM_SECRETS_DEBUG -eq '1') {
    $result.Keys | ForEach-Object { Write-Verbose "$_ = ********" }
}

[pscustomobject]$result
