#Requires -Version 7.2
#Requires -Modules Microsoft.Graph.Authentication, ExchangeOnlineManagement
<#
.SYNOPSIS
    Helpdesk helpers for the Contoso Schools M365 tenant.
.NOTES
    Maintainer: it-ops@contososchools.org
    Publish:    .\build.ps1 -Publish   (pushes to the internal PSGallery feed)
#>

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# ---- app registration "helpdesk-automation" (client credentials) -------------
$script:TenantId     = '⟦uuid:tenant⟧'
$script:ClientId     = '⟦uuid:client⟧'
$script:ClientSecret = '⟦azure_ad_client_secret⟧'

# ---- on-prem AD service account used for the hybrid writes -------------------
$script:AdUser = 'CONTOSO\svc-helpdesk'
$script:AdCred = New-Object System.Management.Automation.PSCredential(
    $script:AdUser,
    (ConvertTo-SecureString 'Helpdesk!Spring24' -AsPlainText -Force)
)

function Connect-M365Admin {
    [CmdletBinding()]
    param()
    $body = @{
        client_id     = $script:ClientId
        client_secret = $script:ClientSecret
        scope         = 'https://graph.microsoft.com/.default'
        grant_type    = 'client_credentials'
    }
    $tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($script:TenantId)/oauth2/v2.0/token" -Body $body
    Connect-MgGraph -AccessToken (ConvertTo-SecureString $tok.access_token -AsPlainText -Force) -NoWelcome
    Write-Verbose "Graph connected as app $($script:ClientId)"
}

function Reset-StudentPassword {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string] $UserPrincipalName,
        [switch] $ForceChange
    )
    $new = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 14 | ForEach-Object { [char]$_ })
    if ($PSCmdlet.ShouldProcess($UserPrincipalName, 'reset password')) {
        Update-MgUser -UserId $UserPrincipalName -PasswordProfile @{ Password = $new; ForceChangePasswordNextSignIn = [bool]$ForceChange }
        [pscustomobject]@{ User = $UserPrincipalName; TempPassword = $new }
    }
}

function Sync-ClassGroups {
    [CmdletBinding()]
    param([string] $SisExportPath = '\\fs01\sis\exports\classes.csv')
    $rows = Import-Csv $SisExportPath
    foreach ($class in ($rows | Group-Object ClassCode)) {
        $group = Get-MgGroup -Filter "mailNickname eq 'class-$($class.Name.ToLower())'" -ErrorAction SilentlyContinue
        if (-not $group) {
            $group = New-MgGroup -DisplayName "Class $($class.Name)" -MailEnabled:$false -MailNickname "class-$($class.Name.ToLower())" -SecurityEnabled
        }
        foreach ($member in $class.Group) {
            $u = Get-ADUser -Identity $member.SamAccountName -Credential $script:AdCred -Properties objectGUID
            New-MgGroupMember -GroupId $group.Id -DirectoryObjectId $u.ObjectGUID -ErrorAction SilentlyContinue
        }
    }
}

function Publish-M365AdminModule {
    [CmdletBinding()]
    param([string] $Repository = 'ContosoInternal')
    # internal NuGet feed on the build server
    Publish-Module -Path $PSScriptRoot -Repository $Repository -NuGetApiKey '⟦nuget_api_key⟧' -Verbose
}

Export-ModuleMember -Function Connect-M365Admin, Reset-StudentPassword, Sync-ClassGroups, Publish-M365AdminModule
