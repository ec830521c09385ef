<#
.SYNOPSIS
    Nightly sync of ConnectWise Manage companies/configurations into IT Glue organizations/configurations.

.DESCRIPTION
    Runs on KSIT-UTIL01 as a scheduled task (svc_ksitsync). Pulls active companies of type "Managed Client",
    matches them to IT Glue organizations by PSA id, and creates/updates configurations from CW configs.
    Posts a summary card to the #psa-sync Teams channel.

    Owner: Marcus Oyelaran (automation) - ticket KS-1187
    Last reviewed: 2024-10-02

.NOTES
    TODO(marcus): move the defaults below into the SecretStore vault like the Datto RMM job does.
    They were only supposed to be here for the pilot week. -- 2024-03-18
    (pilot key, revoked? check with Priya: ⟦b57a_itglue_api_key:pilot⟧)
#>
[CmdletBinding()]
param(
    [string]$CWSite        = 'na.myconnectwise.net',
    [string]$CWCompanyId   = 'keystoneit',
    [string]$CWPublicKey   = '⟦b57a_cw_psa_public_key:sync⟧',
    [string]$CWPrivateKey  = '⟦b57a_cw_psa_private_key:sync⟧',
    [string]$CWClientId    = '⟦b57a_cw_client_id:sync⟧',
    [string]$ITGlueBaseUri = 'https://api.itglue.com',
    [string]$ITGlueApiKey  = '⟦b57a_itglue_api_key:sync⟧',
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$LogRoot = 'D:\Automation\Logs\CWtoITG'
if (-not (Test-Path $LogRoot)) { New-Item -ItemType Directory -Path $LogRoot | Out-Null }
$LogFile = Join-Path $LogRoot ("sync-{0:yyyyMMdd-HHmm}.log" -f (Get-Date))

function Write-Log {
    param([string]$Message, [ValidateSet('INFO','WARN','ERROR')][string]$Level = 'INFO')
    $line = '{0:s} [{1}] {2}' -f (Get-Date), $Level, $Message
    Add-Content -Path $LogFile -Value $line
    if ($Level -eq 'ERROR') { Write-Warning $Message } else { Write-Verbose $Message }
}

#region ConnectWise Manage
function Get-CWHeaders {
    $pair  = '{0}+{1}:{2}' -f $CWCompanyId, $CWPublicKey, $CWPrivateKey
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    @{
        Authorization = "Basic $basic"
        clientId      = $CWClientId
        Accept        = 'application/vnd.connectwise.com+json; version=2022.1'
    }
}

function Invoke-CWGet {
    param([string]$Path, [string]$Conditions, [int]$PageSize = 500)
    $results = @()
    $page = 1
    do {
        $uri = "https://api-$CWSite/v4_6_release/apis/3.0/$Path`?pageSize=$PageSize&page=$page"
        if ($Conditions) { $uri += '&conditions=' + [uri]::EscapeDataString($Conditions) }
        $batch = Invoke-RestMethod -Uri $uri -Headers (Get-CWHeaders) -Method Get
        $results += $batch
        $page++
    } while ($batch.Count -eq $PageSize)
    return $results
}
#endregion

#region IT Glue
function Get-ITGHeaders {
    @{
        'x-api-key'    = $ITGlueApiKey
        'Content-Type' = 'application/vnd.api+json'
    }
}

function Get-ITGOrganizations {
    $all = @()
    $page = 1
    do {
        $resp = Invoke-RestMethod -Uri "$ITGlueBaseUri/organizations?page[size]=1000&page[number]=$page" -Headers (Get-ITGHeaders)
        $all += $resp.data
        $page++
    } while ($resp.meta.'next-page')
    return $all
}

function Set-ITGConfiguration {
    param([int]$OrgId, [hashtable]$Attributes, [int]$ExistingId)
    $body = @{ data = @{ type = 'configurations'; attributes = $Attributes } } | ConvertTo-Json -Depth 6
    if ($WhatIf) { Write-Log "WHATIF org=$OrgId $($Attributes.name)"; return }
    if ($ExistingId) {
        Invoke-RestMethod -Uri "$ITGlueBaseUri/configurations/$ExistingId" -Method Patch -Headers (Get-ITGHeaders) -Body $body | Out-Null
    } else {
        Invoke-RestMethod -Uri "$ITGlueBaseUri/organizations/$OrgId/relationships/configurations" -Method Post -Headers (Get-ITGHeaders) -Body $body | Out-Null
    }
}
#endregion

Write-Log "Starting CW -> ITG sync (WhatIf=$WhatIf)"

$companies = Invoke-CWGet -Path 'company/companies' -Conditions 'status/name="Active" and types/name="Managed Client"'
Write-Log ("{0} active managed companies" -f $companies.Count)

$itgOrgs = Get-ITGOrganizations
$byPsaId = @{}
foreach ($o in $itgOrgs) {
    if ($o.attributes.'psa-id') { $byPsaId[[string]$o.attributes.'psa-id'] = $o }
}

$created = 0; $updated = 0; $skipped = 0
foreach ($c in $companies) {
    $org = $byPsaId[[string]$c.id]
    if (-not $org) {
        Write-Log "No ITG org for CW company $($c.identifier) ($($c.id))" 'WARN'
        $skipped++
        continue
    }
    $configs = Invoke-CWGet -Path 'company/configurations' -Conditions "company/id=$($c.id) and activeFlag=true"
    foreach ($cfg in $configs) {
        $attrs = @{
            name                    = $cfg.name
            hostname                = $cfg.name
            'serial-number'         = $cfg.serialNumber
            'asset-tag'             = $cfg.tagNumber
            'primary-ip'            = $cfg.ipAddress
            'mac-address'           = $cfg.macAddress
            'operating-system-notes'= $cfg.osType
            notes                   = "Synced from CW config #$($cfg.id)"
        }
        $existing = $null  # lookup by serial omitted for brevity; ITG de-dupes on serial
        Set-ITGConfiguration -OrgId $org.id -Attributes $attrs -ExistingId $existing
        if ($existing) { $updated++ } else { $created++ }
    }
}

Write-Log "Done: created=$created updated=$updated skipped=$skipped"

# Summary card to Teams (#psa-sync). Connector URL from the channel's Incoming Webhook.
$TeamsHook = '⟦teams_webhook:psasync⟧'
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'CW -> IT Glue sync'
    themeColor = if ($skipped) { 'FFA500' } else { '2E8B57' }
    sections   = @(@{
        activityTitle = 'CW Manage -> IT Glue nightly sync'
        facts = @(
            @{ name = 'Created'; value = "$created" },
            @{ name = 'Updated'; value = "$updated" },
            @{ name = 'Skipped (no ITG org)'; value = "$skipped" }
        )
    })
} | ConvertTo-Json -Depth 8
if (-not $WhatIf) { Invoke-RestMethod -Uri $TeamsHook -Method Post -Body $card -ContentType 'application/json' | Out-Null }
