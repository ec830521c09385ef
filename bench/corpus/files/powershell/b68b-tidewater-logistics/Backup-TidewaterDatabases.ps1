<#
.SYNOPSIS
    Full + log backups of the Tidewater databases to Azure Blob (backup to URL), with a
    local copy on \\tw-fs-02\sqlbackup for the 48h fast-restore window.

.NOTES
    Scheduled task "Tidewater SQL Backup" on sql-jobs-01, runs as TIDEWATER\svc-sqlbackup.
    Owner: DBA team (dba@tidewater.co). Change log at the bottom.
#>
[CmdletBinding()]
param(
    [ValidateSet('Full', 'Diff', 'Log')]
    [string]$Type = 'Log',
    [string[]]$Databases = @('Tidewater', 'TidewaterJobs', 'TidewaterDW'),
    [string]$SqlInstance = 'tw-ag1-lsn.tidewater.corp,1433'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module SqlServer -MinimumVersion 22.0
Import-Module dbatools

$StorageAccount = 'tidewatersqlbackup'
$Container      = 'sql-prod'
$LocalShare     = '\\tw-fs-02\sqlbackup'
$LogFile        = "D:\Logs\SqlBackup\backup-$(Get-Date -Format yyyyMMdd).log"

function Write-Log([string]$Message) {
    $line = "{0:u} [{1}] {2}" -f (Get-Date), $Type, $Message
    Add-Content -Path $LogFile -Value $line
    Write-Verbose $line
}

# SQL login used for the backup jobs; the AG secondary doesn't trust the gMSA yet (DBA-402)
$SqlUser = 'svc_backup'
$SqlPass = ConvertTo-SecureString '⟦password:svcbackup⟧' -AsPlainText -Force
$SqlCred = New-Object System.Management.Automation.PSCredential($SqlUser, $SqlPass)

# storage account key, used to (re)create the SQL credential if it is missing
$StorageKey = '⟦azure_storage_key:bk⟧'

function Ensure-BackupCredential {
    $credName = "https://$StorageAccount.blob.core.windows.net/$Container"
    $exists = Invoke-Sqlcmd -ServerInstance $SqlInstance -Credential $SqlCred -TrustServerCertificate `
        -Query "SELECT COUNT(*) AS n FROM sys.credentials WHERE name = N'$credName'"
    if ($exists.n -eq 0) {
        Write-Log "creating SQL credential $credName"
        $ctx = New-AzStorageContext -StorageAccountName $StorageAccount -StorageAccountKey $StorageKey
        $sas = New-AzStorageContainerSASToken -Context $ctx -Name $Container -Permission rwdl -ExpiryTime (Get-Date).AddYears(1)
        $sas = $sas.TrimStart('?')
        Invoke-Sqlcmd -ServerInstance $SqlInstance -Credential $SqlCred -TrustServerCertificate `
            -Query "CREATE CREDENTIAL [$credName] WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '$sas'"
    }
}

function Backup-One([string]$Db) {
    $stamp = Get-Date -Format 'yyyyMMdd_HHmmss'
    $ext = switch ($Type) { 'Full' { 'bak' } 'Diff' { 'dif' } 'Log' { 'trn' } }
    $url = "https://$StorageAccount.blob.core.windows.net/$Container/$Db/${Db}_${Type}_$stamp.$ext"
    $typeSql = switch ($Type) {
        'Full' { "BACKUP DATABASE [$Db]" }
        'Diff' { "BACKUP DATABASE [$Db]" }
        'Log'  { "BACKUP LOG [$Db]" }
    }
    $with = 'COMPRESSION, CHECKSUM, STATS = 10, MAXTRANSFERSIZE = 4194304, BLOCKSIZE = 65536'
    if ($Type -eq 'Diff') { $with = "DIFFERENTIAL, $with" }

    Write-Log "backing up $Db -> $url"
    Invoke-Sqlcmd -ServerInstance $SqlInstance -Credential $SqlCred -TrustServerCertificate -QueryTimeout 0 `
        -Query "$typeSql TO URL = N'$url' WITH $with"

    if ($Type -ne 'Log') {
        $local = Join-Path $LocalShare "$Db\${Db}_${Type}_$stamp.$ext"
        Write-Log "local copy -> $local"
        Backup-DbaDatabase -SqlInstance $SqlInstance -SqlCredential $SqlCred -Database $Db `
            -Type $Type -FilePath $local -CompressBackup -Checksum | Out-Null
    }
}

try {
    Ensure-BackupCredential
    foreach ($db in $Databases) { Backup-One $db }
    Write-Log "ok"
}
catch {
    Write-Log "FAILED: $($_.Exception.Message)"
    $body = @{ text = "SQL backup ($Type) failed on $env:COMPUTERNAME: $($_.Exception.Message)" } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri '⟦slack_webhook:dba⟧' -Body $body -ContentType 'application/json'
    throw
}

# Change log
# 2024-02-11 ar  switched to backup-to-URL, kept local copy for full/diff
# 2024-06-03 ar  MAXTRANSFERSIZE/BLOCKSIZE for striped blob backups
# 2024-09-19 jt  alert to #dba-alerts instead of email
