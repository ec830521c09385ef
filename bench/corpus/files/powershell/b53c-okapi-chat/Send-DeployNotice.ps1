<#
.SYNOPSIS
    Posts a deployment notice for the WMS to Mattermost (office) and Rocket.Chat (warehouse floor).

.EXAMPLE
    .\Send-DeployNotice.ps1 -Version 4.18.2 -Window "Sat 22:00-23:30" -Impact "Scanners offline ~10 min"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Version,
    [Parameter(Mandatory)] [string] $Window,
    [string] $Impact = "No expected impact",
    [switch] $WhatIf
)

$ErrorActionPreference = 'Stop'

# Incoming webhooks. #wms-releases on Mattermost, #lager-info on the warehouse Rocket.Chat.
$MattermostHook = '⟦b39a_mattermost_webhook:wms⟧'
$RocketHook     = '⟦b53c_rocketchat_webhook_url:wh-chat.okapi-logistics.eu⟧'

$text = @"
:package: **WMS $Version** wird ausgerollt / is being deployed
**Wartungsfenster / window:** $Window
**Auswirkung / impact:** $Impact
Rückfragen / questions: #it-service
"@

$mmBody = @{ username = 'release-bot'; icon_emoji = 'rocket'; text = $text } | ConvertTo-Json
$rcBody = @{ alias = 'release-bot'; emoji = ':rocket:'; text = $text } | ConvertTo-Json

if ($WhatIf) {
    Write-Host "Would post:`n$text"
    return
}

foreach ($target in @(@{ Url = $MattermostHook; Body = $mmBody; Name = 'Mattermost' },
                      @{ Url = $RocketHook;     Body = $rcBody; Name = 'Rocket.Chat' })) {
    try {
        Invoke-RestMethod -Method Post -Uri $target.Url -ContentType 'application/json; charset=utf-8' `
            -Body ([System.Text.Encoding]::UTF8.GetBytes($target.Body)) | Out-Null
        Write-Host "posted to $($target.Name)"
    } catch {
        Write-Warning "could not post to $($target.Name): $($_.Exception.Message)"
    }
}
