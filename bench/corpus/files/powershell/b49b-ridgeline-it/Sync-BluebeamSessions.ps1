<#
.SYNOPSIS
  Nightly: closes finished Bluebeam Studio Sessions and archives the marked-up PDFs to the
  project's Procore Documents folder.

.NOTES
  Runs as a scheduled task on RDL-UTIL01 under the svc_bluebeam account.
  Studio API app "Ridgeline Session Archiver" (US region, studioapi.bluebeam.com).
#>
[CmdletBinding()]
param(
    [int]$OlderThanDays = 14,
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'

$StudioBase   = 'https://studioapi.bluebeam.com/publicapi/v1'
$TokenUrl     = 'https://authserver.bluebeam.com/auth/oauth/token'
$ClientId     = '⟦b49b_bluebeam_client_id:arch⟧'
$ClientSecret = '⟦b49b_bluebeam_client_secret:arch⟧'

# The Studio API only supports the authorization-code flow for user context, so the archiver
# logs in as the studio admin account with the password grant that Bluebeam enabled for us.
$StudioUser = 'studio-admin@ridgelinebuilders.com'
$StudioPass = 'R1dgeline!Studio'

function Get-StudioToken {
    $body = @{
        grant_type    = 'password'
        client_id     = $ClientId
        client_secret = $ClientSecret
        username      = $StudioUser
        password      = $StudioPass
        scope         = 'full_user'
    }
    (Invoke-RestMethod -Method Post -Uri $TokenUrl -Body $body).access_token
}

$token   = Get-StudioToken
$headers = @{ Authorization = "Bearer $token" }
$cutoff  = (Get-Date).AddDays(-$OlderThanDays)

$sessions = (Invoke-RestMethod -Uri "$StudioBase/sessions" -Headers $headers).Sessions |
    Where-Object { $_.Status -eq 'Active' -and [datetime]$_.SessionEndDate -lt $cutoff }

foreach ($s in $sessions) {
    Write-Host "Finalizing session $($s.Id) '$($s.Name)'"
    if ($WhatIf) { continue }

    Invoke-RestMethod -Method Put -Uri "$StudioBase/sessions/$($s.Id)" -Headers $headers `
        -ContentType 'application/json' -Body (@{ Status = 'Finalizing' } | ConvertTo-Json)

    $files = (Invoke-RestMethod -Uri "$StudioBase/sessions/$($s.Id)/files" -Headers $headers).Files
    foreach ($f in $files) {
        $snap = Invoke-RestMethod -Method Post -Uri "$StudioBase/sessions/$($s.Id)/files/$($f.Id)/snapshot" -Headers $headers
        $out  = Join-Path "\\rdl-fs01\Projects\_StudioArchive\$($s.Name)" $f.Name
        New-Item -ItemType Directory -Force -Path (Split-Path $out) | Out-Null
        Invoke-WebRequest -Uri $snap.DownloadUrl -OutFile $out
    }
}
