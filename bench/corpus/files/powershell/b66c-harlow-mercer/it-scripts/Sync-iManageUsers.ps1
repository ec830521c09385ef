<#
.SYNOPSIS
    Nightly sync of AD users and security groups into iManage Work (cloud) via the Universal API.

.DESCRIPTION
    Harlow & Mercer LLP - IT Operations
    Runs on HMAPP02 as a scheduled task (Task Scheduler > HM\iManage\Nightly User Sync, 01:30).
    Reads the "iManage Users" and "Practice Group - *" AD groups, creates missing users in
    the ACTIVE and ARCHIVE libraries, disables leavers, and reconciles group membership.

    Owner: D. Okafor (Systems Engineer)    Last reviewed: 2024-02-19
    Ticket refs: HM-IT-2291, HM-IT-2317

.NOTES
    TODO(dokafor): move the client secret into the Windows Credential Manager like the
    NetDocuments script. Until then DO NOT copy this file to the shared drive.
#>

[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Tenant       = 'harlowmercer',
    [string[]]$Libraries  = @('ACTIVE', 'ARCHIVE'),
    [switch]$DisableLeavers,
    [string]$LogPath      = 'D:\Logs\iManageSync'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module ActiveDirectory

$LogFile = Join-Path $LogPath ("sync-{0:yyyyMMdd}.log" -f (Get-Date))
function Write-Log {
    param([string]$Message, [string]$Level = 'INFO')
    $line = "{0:s} [{1}] {2}" -f (Get-Date), $Level, $Message
    Add-Content -Path $LogFile -Value $line
    Write-Verbose $line
}

# ---------------------------------------------------------------------------
# iManage Work cloud - OAuth (resource owner password grant for the sync account)
# App registered in iManage Control Center > Applications > "HM AD Sync"
# ---------------------------------------------------------------------------
$ImBaseUrl      = "https://cloudimanage.com"
$ImClientId     = 'hm-ad-sync-7f3c'
$ImClientSecret = '⟦b48b_imanage_client_secret⟧'
$ImSvcUser      = 'svc_imanage_sync'
$ImSvcPassword  = 'Harlow#Work2023'

function Get-ImanageToken {
    $body = @{
        grant_type    = 'password'
        username      = $ImSvcUser
        password      = $ImSvcPassword
        client_id     = $ImClientId
        client_secret = $ImClientSecret
        scope         = 'admin'
    }
    $resp = Invoke-RestMethod -Method Post -Uri "$ImBaseUrl/auth/oauth2/token" -Body $body -ContentType 'application/x-www-form-urlencoded'
    Write-Log "Obtained iManage token (expires in $($resp.expires_in)s)"
    return $resp.access_token
}

function Invoke-Imanage {
    param([string]$Method = 'GET', [string]$Path, $Body)
    $headers = @{ 'X-Auth-Token' = $script:Token }
    $uri = "$ImBaseUrl/work/api/v2/customers/$script:CustomerId$Path"
    if ($Body) {
        return Invoke-RestMethod -Method $Method -Uri $uri -Headers $headers -Body ($Body | ConvertTo-Json -Depth 6) -ContentType 'application/json'
    }
    Invoke-RestMethod -Method $Method -Uri $uri -Headers $headers
}

# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
Write-Log "=== iManage user sync starting (tenant=$Tenant, WhatIf=$WhatIfPreference) ==="
$script:Token = Get-ImanageToken
$script:CustomerId = (Invoke-RestMethod -Uri "$ImBaseUrl/api" -Headers @{ 'X-Auth-Token' = $script:Token }).data.user.customer_id

$adUsers = Get-ADGroupMember -Identity 'iManage Users' -Recursive |
    Get-ADUser -Properties mail, department, title, employeeID, Enabled |
    Where-Object { $_.mail }

Write-Log ("AD reports {0} iManage users" -f $adUsers.Count)

foreach ($lib in $Libraries) {
    $existing = (Invoke-Imanage -Path "/libraries/$lib/users?limit=5000").data
    $byId = @{}
    foreach ($u in $existing) { $byId[$u.id.ToUpper()] = $u }

    foreach ($ad in $adUsers) {
        $id = $ad.SamAccountName.ToUpper()
        if (-not $byId.ContainsKey($id)) {
            if ($PSCmdlet.ShouldProcess("$lib/$id", 'Create user')) {
                Invoke-Imanage -Method POST -Path "/libraries/$lib/users" -Body @{
                    id         = $id
                    full_name  = $ad.Name
                    email      = $ad.mail
                    location   = $ad.department
                    user_nos   = 2      # network login (SSO via Entra ID)
                    is_external = $false
                } | Out-Null
                Write-Log "Created $id in $lib"
            }
        }
    }

    if ($DisableLeavers) {
        $adIds = $adUsers.SamAccountName | ForEach-Object { $_.ToUpper() }
        foreach ($u in $existing | Where-Object { $_.id -notin $adIds -and -not $_.is_external -and $_.id -notlike 'SVC_*' }) {
            if ($PSCmdlet.ShouldProcess("$lib/$($u.id)", 'Disable user')) {
                Invoke-Imanage -Method PATCH -Path "/libraries/$lib/users/$($u.id)" -Body @{ login = $false } | Out-Null
                Write-Log "Disabled leaver $($u.id) in $lib" 'WARN'
            }
        }
    }
}

# Practice group -> iManage group reconciliation
Get-ADGroup -Filter "Name -like 'Practice Group - *'" | ForEach-Object {
    $grp = ($_.Name -replace '^Practice Group - ', 'PG_' -replace '\s', '_').ToUpper()
    $members = Get-ADGroupMember $_ | ForEach-Object { $_.SamAccountName.ToUpper() }
    foreach ($lib in $Libraries) {
        if ($PSCmdlet.ShouldProcess("$lib/$grp", "Set members ($($members.Count))")) {
            Invoke-Imanage -Method PUT -Path "/libraries/$lib/groups/$grp/members" -Body @{ user_ids = $members } | Out-Null
        }
    }
}

Write-Log "=== iManage user sync finished ==="
