# Backup-PracticeDb.ps1 — nightly backup of the on-prem Cornerstone SQL database at Lakeville
# (LKV still runs Cornerstone until the ezyVet migration in Q3). Scheduled on LKV-SRV01, 01:30.

$ErrorActionPreference = 'Stop'
$stamp    = Get-Date -Format 'yyyyMMdd-HHmm'
$bakDir   = 'D:\Backups\Cornerstone'
$bakFile  = Join-Path $bakDir "cstone_$stamp.bak"

# SQL auth because the IDEXX install never joined the domain
$sqlUser  = 'sa'
$sqlPass  = 'Cornerstone#LKV1'
Invoke-Sqlcmd -ServerInstance 'LKV-SRV01\IDEXX' -Username $sqlUser -Password $sqlPass -QueryTimeout 3600 `
    -Query "BACKUP DATABASE [Cornerstone] TO DISK = N'$bakFile' WITH COMPRESSION, INIT, CHECKSUM"

# Off-site copy to Azure Blob (storage account mcvgbackups, container cornerstone)
$env:AZCOPY_LOG_LOCATION = 'D:\Backups\azcopy-logs'
$sas = '⟦lit:sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-06-30T05:00:00Z&st=2025-01-01T06:00:00Z&spr=https&sig=⟧⟦azure_sas_sig:sas⟧'
& 'C:\Tools\azcopy.exe' copy $bakFile "https://mcvgbackups.blob.core.windows.net/cornerstone/?$sas" --log-level=WARNING

# Keep 14 days locally
Get-ChildItem $bakDir -Filter 'cstone_*.bak' |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } |
    Remove-Item -Force

# Report to Teams
$hook = '⟦teams_webhook:backup⟧'
$body = @{ text = "Cornerstone backup $stamp OK ($([math]::Round((Get-Item $bakFile).Length / 1GB, 2)) GB)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $body -ContentType 'application/json'
