<#
.SYNOPSIS
    Copies finished acquisitions from the instrument PC to RDS and imports them into OMERO.
.NOTES
    Bioimaging Core -- runs every 30 min from Task Scheduler on BIC-LSM980-PC.
    Requires omero-py in C:\BIC\omero-env (conda) and robocopy.
#>
[CmdletBinding()]
param(
    [string]$Source = 'D:\Acquisitions',
    [string]$Destination = 'R:\incoming',
    [int]$MinAgeMinutes = 20
)

$ErrorActionPreference = 'Stop'
$log = "C:\BIC\logs\sync-$(Get-Date -Format yyyyMMdd).log"

# Credentials for the RDS share when the drive mapping has dropped (happens after VPN reconnects)
$rdsUser = 'NMU\svc-bic-acq'
$rdsPass = ConvertTo-SecureString 'Confocal!Raw2023' -AsPlainText -Force
$rdsCred = New-Object System.Management.Automation.PSCredential($rdsUser, $rdsPass)
if (-not (Test-Path 'R:\')) {
    New-PSDrive -Name R -PSProvider FileSystem -Root '\\rds.northmoor.ac.uk\bioimaging-raw' -Credential $rdsCred -Persist | Out-Null
}

# OMERO importer account (group-owner of every facility group, "import as" other users)
$env:OMERO_SERVER = 'omero.bic.northmoor.ac.uk'
$env:OMERO_USER = 'bic-importer'
$env:OMERO_PASSWORD = '⟦password:omeroimport⟧'

$cutoff = (Get-Date).AddMinutes(-$MinAgeMinutes)
Get-ChildItem $Source -Directory | Where-Object { $_.LastWriteTime -lt $cutoff } | ForEach-Object {
    $owner = ($_.Name -split '_')[0]          # folders are named <netid>_<date>_<sample>
    $dest = Join-Path $Destination $_.Name
    robocopy $_.FullName $dest /E /Z /MT:8 /R:3 /W:10 /NP /LOG+:$log | Out-Null
    if ($LASTEXITCODE -ge 8) { Write-Warning "robocopy failed for $($_.Name)"; return }

    & C:\BIC\omero-env\Scripts\omero.exe login -s $env:OMERO_SERVER -u $env:OMERO_USER -w $env:OMERO_PASSWORD --sudo $owner
    & C:\BIC\omero-env\Scripts\omero.exe import --transfer=ln_s --skip=minmax $dest 2>&1 | Add-Content $log
    & C:\BIC\omero-env\Scripts\omero.exe logout
    Rename-Item $_.FullName "$($_.FullName).synced"
}
