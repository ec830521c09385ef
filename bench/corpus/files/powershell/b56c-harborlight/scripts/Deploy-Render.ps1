<#
.SYNOPSIS
  Triggers a Render deploy of hl-api and waits for it to go live. Used from Nadia's Windows box
  when GitHub Actions is down.

.EXAMPLE
  ./scripts/Deploy-Render.ps1 -Service hl-api -ClearCache
#>
[CmdletBinding()]
param(
    [ValidateSet('hl-api', 'hl-builder', 'hl-usage-rollup')]
    [string]$Service = 'hl-api',
    [switch]$ClearCache,
    [int]$TimeoutMinutes = 15
)

$ErrorActionPreference = 'Stop'

# Render API key (Account Settings -> API Keys). Nadia's personal key, full account access.
$RenderApiKey = '⟦render_api_key:nadia⟧'

# Deploy hooks are simpler but don't support clear-cache; keep the hook as a fallback.
$DeployHooks = @{
    'hl-api' = '⟦b40a_render_deploy_hook:hl-api⟧'
}

$headers = @{
    Authorization = "Bearer $RenderApiKey"
    Accept        = 'application/json'
}

$services = Invoke-RestMethod -Uri "https://api.render.com/v1/services?name=$Service&limit=1" -Headers $headers
if (-not $services) { throw "service $Service not found" }
$serviceId = $services[0].service.id
Write-Host "Deploying $Service ($serviceId)..."

try {
    $body = @{ clearCache = $(if ($ClearCache) { 'clear' } else { 'do_not_clear' }) } | ConvertTo-Json
    $deploy = Invoke-RestMethod -Method Post -Uri "https://api.render.com/v1/services/$serviceId/deploys" `
        -Headers $headers -Body $body -ContentType 'application/json'
} catch {
    Write-Warning "API deploy failed ($($_.Exception.Message)); falling back to deploy hook"
    Invoke-RestMethod -Method Post -Uri $DeployHooks[$Service] | Out-Null
    return
}

$deadline = (Get-Date).AddMinutes($TimeoutMinutes)
do {
    Start-Sleep -Seconds 10
    $d = Invoke-RestMethod -Uri "https://api.render.com/v1/services/$serviceId/deploys/$($deploy.id)" -Headers $headers
    Write-Host ("  {0:HH:mm:ss} {1}" -f (Get-Date), $d.status)
} while ($d.status -in @('created', 'build_in_progress', 'update_in_progress', 'pre_deploy_in_progress') -and (Get-Date) -lt $deadline)

if ($d.status -ne 'live') { throw "deploy ended with status $($d.status)" }
Write-Host "live: $($deploy.id)" -ForegroundColor Green
