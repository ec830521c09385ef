#Requires -Modules Microsoft.PowerShell.SecretManagement, Az.KeyVault
<#
.SYNOPSIS
    Helpers so scripts never hold credentials in plain text.

.DESCRIPTION
    Get-OpsCredential    -> PSCredential from the local SecretStore vault (or Key Vault on servers)
    Get-OpsApiKey        -> plain string for REST headers, pulled at call time
    New-OpsSecret        -> interactive, prompts with Read-Host -AsSecureString

.EXAMPLE
    $cred = Get-OpsCredential -Name 'sql-reporting'
    Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -Query 'select 1'

.EXAMPLE
    # DON'T do this (it ends up in transcripts and PSReadLine history):
    #   $pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force
    # DO this:
    $pw = Read-Host -Prompt 'Password' -AsSecureString
#>

Set-StrictMode -Version Latest

$script:VaultName    = 'OpsLocal'
$script:KeyVaultName = 'kv-ops-weu-prod'

function Test-OnServer {
    return [bool]($env:COMPUTERNAME -match '^(SRV|APP|SQL)\d+')
}

function Get-OpsCredential {
    [CmdletBinding()]
    [OutputType([pscredential])]
    param([Parameter(Mandatory)][string] $Name)

    if (Test-OnServer) {
        $user = (Get-AzKeyVaultSecret -VaultName $script:KeyVaultName -Name "$Name-user" -AsPlainText)
        $pass = (Get-AzKeyVaultSecret -VaultName $script:KeyVaultName -Name "$Name-password").SecretValue
        return [pscredential]::new($user, $pass)
    }
    return Get-Secret -Vault $script:VaultName -Name $Name
}

function Get-OpsApiKey {
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Name)

    if ($env:OPS_API_KEY_OVERRIDE) { return $env:OPS_API_KEY_OVERRIDE }
    if (Test-OnServer) {
        return Get-AzKeyVaultSecret -VaultName $script:KeyVaultName -Name $Name -AsPlainText
    }
    return Get-Secret -Vault $script:VaultName -Name $Name -AsPlainText
}

function New-OpsSecret {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string] $Name,
        [string] $UserName
    )
    $secure = Read-Host -Prompt "Value for '$Name'" -AsSecureString
    $value = if ($UserName) { [pscredential]::new($UserName, $secure) } else { $secure }
    if ($PSCmdlet.ShouldProcess($Name, "store in $script:VaultName")) {
        Set-Secret -Vault $script:VaultName -Name $Name -Secret $value
    }
}

function Register-OpsVault {
    # one-time per workstation
    Register-SecretVault -Name $script:VaultName -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
    Set-SecretStoreConfiguration -Authentication Password -PasswordTimeout 900 -Interaction Prompt -Confirm:$false
}

Export-ModuleMember -Function Get-OpsCredential, Get-OpsApiKey, New-OpsSecret, Register-OpsVault
