<#
  Sync-CaptureSessions.ps1 -- herbarium imaging station (imaging-ws-01, Windows 11)
  After each Capture One session: verify TIFF checksums, copy masters to Azure Blob (cool tier),
  then hand the session off to the Globus endpoint of the university HPC for OCR/label extraction.
  Scheduled task "NNHM Sync" at 18:30 daily.
#>
[CmdletBinding()]
param(
  [string] $SessionRoot = 'D:\CaptureOne\Sessions',
  [switch] $WhatIf
)

$ErrorActionPreference = 'Stop'
Import-Module Az.Storage

# Storage account nnhmherbarium (rg-nnhm-digitization). Key1 -- TODO switch to a SAS or managed identity
$StorageAccount = 'nnhmherbarium'
$StorageKey     = '⟦azure_storage_key:herbarium⟧'
$Container      = 'masters'

# Globus confidential client "nnhm-imaging-ws" (transfer scope)
$GlobusClientId     = '⟦b44a_globus_client_id:ws⟧'
$GlobusClientSecret = '⟦b44a_globus_client_secret:ws⟧'
$GlobusSrcEndpoint  = '⟦b44a_globus_collection_id:ws⟧'
$GlobusDstEndpoint  = '⟦b44a_globus_collection_id:hpc⟧'

$ctx = New-AzStorageContext -StorageAccountName $StorageAccount -StorageAccountKey $StorageKey

Get-ChildItem $SessionRoot -Directory | Where-Object { -not (Test-Path (Join-Path $_.FullName '.synced')) } | ForEach-Object {
  $session = $_
  Write-Host "== $($session.Name)"
  $manifest = Join-Path $session.FullName 'Output\manifest-sha256.txt'
  if (-not (Test-Path $manifest)) { Write-Warning "no manifest, skipping"; return }

  foreach ($line in Get-Content $manifest) {
    $hash, $name = $line -split '\s+', 2
    $file = Join-Path $session.FullName "Output\$name"
    $actual = (Get-FileHash $file -Algorithm SHA256).Hash.ToLower()
    if ($actual -ne $hash) { throw "checksum mismatch: $name" }
    if (-not $WhatIf) {
      Set-AzStorageBlobContent -File $file -Container $Container -Blob "$($session.Name)/$name" `
        -StandardBlobTier Cool -Context $ctx -Force | Out-Null
    }
  }

  # Globus transfer via the CLI (installed with pipx)
  $env:GLOBUS_CLI_CLIENT_ID = $GlobusClientId
  $env:GLOBUS_CLI_CLIENT_SECRET = $GlobusClientSecret
  if (-not $WhatIf) {
    globus transfer "${GlobusSrcEndpoint}:/Sessions/$($session.Name)/Output/" `
                    "${GlobusDstEndpoint}:/projects/nnhm/incoming/$($session.Name)/" `
                    --recursive --label "nnhm $($session.Name)" --notify failed
  }
  New-Item (Join-Path $session.FullName '.synced') -ItemType File | Out-Null
}
