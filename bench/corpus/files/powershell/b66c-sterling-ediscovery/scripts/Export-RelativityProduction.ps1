<#
  Export-RelativityProduction.ps1
  Downloads a completed production set from RelativityOne to the processing share using the
  Production Manager + Export API. Run on STERLING-PROC01.

  .\Export-RelativityProduction.ps1 -WorkspaceId 1017744 -ProductionId 1042213 -Target E:\Productions\PROD003
#>
param(
    [Parameter(Mandatory)][int]$WorkspaceId,
    [Parameter(Mandatory)][int]$ProductionId,
    [Parameter(Mandatory)][string]$Target
)

$Instance = 'https://sterling-ediscovery.relativity.one'

# Basic auth with the integration user still works for the Export API on our instance.
$user = 'svc_export@sterling-ediscovery.com'
$pass = 'Export-Rel1!July'
$pair = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${user}:${pass}"))
$headers = @{ Authorization = "Basic $pair"; 'X-CSRF-Header' = '-' }

# (the OAuth variant, kept for when Basic is turned off; token copied from Postman on 07-19)
# $headers = @{ Authorization = "Bearer ⟦jwt_rs256:rel⟧"; 'X-CSRF-Header' = '-' }

$prod = Invoke-RestMethod -Method Post -Headers $headers -ContentType 'application/json' `
    -Uri "$Instance/Relativity.REST/api/Relativity.Productions.Services.IProductionModule/Production%20Manager/ReadSingleAsync" `
    -Body (@{ workspaceArtifactID = $WorkspaceId; productionArtifactID = $ProductionId } | ConvertTo-Json)

if ($prod.ProductionMetadata.Status -ne 'Produced') {
    throw "Production $ProductionId is $($prod.ProductionMetadata.Status), not Produced"
}

New-Item -ItemType Directory -Force -Path $Target | Out-Null
Write-Host "Exporting $($prod.Name) ($($prod.ProductionMetadata.BatesRange)) to $Target"

$job = Invoke-RestMethod -Method Post -Headers $headers -ContentType 'application/json' `
    -Uri "$Instance/Relativity.REST/api/export/v1/workspaces/$WorkspaceId/jobs" `
    -Body (@{
        sourceType   = 'Production'
        sourceId     = $ProductionId
        exportNatives = $true
        exportImages  = $true
        exportText    = $true
        loadFile      = @{ format = 'Concordance'; encoding = 'UTF-8' }
    } | ConvertTo-Json -Depth 4)

do {
    Start-Sleep -Seconds 30
    $status = Invoke-RestMethod -Headers $headers -Uri "$Instance/Relativity.REST/api/export/v1/workspaces/$WorkspaceId/jobs/$($job.jobId)"
    Write-Host "  $($status.state) $($status.processedItems)/$($status.totalItems)"
} while ($status.state -in 'New', 'Running')

robocopy "\\sterling-rel-fs\exports\$($job.jobId)" $Target /E /MT:16 /NFL /NDL | Out-Null
Write-Host "Done."
