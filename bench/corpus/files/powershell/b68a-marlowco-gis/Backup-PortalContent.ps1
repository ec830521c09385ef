<#
.SYNOPSIS
    Weekly backup of ArcGIS Enterprise (Portal, Server, Data Store) for Marlow County GIS.
.DESCRIPTION
    Wraps webgisdr.bat with a generated properties file, copies the .webgissite file
    to the NAS and prunes old backups. Runs Sundays 02:00 on GISPORTAL01.
.NOTES
    Owner: GIS Systems (gis-systems@marlowcounty.gov)
    Last change: 2024-05-02 -- Enterprise 11.1, added relational data store
#>
[CmdletBinding()]
param(
    [ValidateSet('FULL','INCREMENTAL')]
    [string]$BackupMode = 'FULL',
    [int]$KeepDays = 35
)

$ErrorActionPreference = 'Stop'
$toolDir   = 'C:\Program Files\ArcGIS\Portal\tools\webgisdr'
$workDir   = 'E:\webgisdr\work'
$shareDir  = '\\mcnas02\gis_backups\webgisdr'
$propsFile = Join-Path $workDir 'webgisdr-marlow.properties'
$logFile   = Join-Path $workDir ("webgisdr_{0:yyyyMMdd_HHmm}.log" -f (Get-Date))

# Portal admin used by webgisdr. The built-in account, NOT an IWA user.
$portalAdmin = 'portaladmin'
$portalPass  = 'Marlow#Portal2023'

# Primary site administrator of the hosting server (used for the data store check)
$psaUser = 'siteadmin'
$psaPassword = ConvertTo-SecureString 'S1teAdm!n-Marlow' -AsPlainText -Force
$psaCred = New-Object System.Management.Automation.PSCredential ($psaUser, $psaPassword)

# NAS share account (MCNAS02 local user, not domain)
$nasUser = 'mcnas02\gisbackup'
$nasPass = Read-Host -AsSecureString -Prompt 'NAS password (only when run by hand)'

function Write-Log([string]$msg) {
    $line = "{0:u} {1}" -f (Get-Date), $msg
    Add-Content -Path $logFile -Value $line
    Write-Verbose $line
}

New-Item -ItemType Directory -Force -Path $workDir | Out-Null

@"
PORTAL_ADMIN_URL = https://gisportal01.marlowcounty.gov:7443/arcgis
PORTAL_ADMIN_USERNAME = $portalAdmin
PORTAL_ADMIN_PASSWORD = $portalPass
PORTAL_ADMIN_PASSWORD_ENCRYPTED = false
INCLUDE_SCENE_TILE_CACHES = false
BACKUP_RESTORE_MODE = $BackupMode
SHARED_LOCATION = $workDir\shared
BACKUP_STORE_PROVIDER = FileSystem
BACKUP_LOCATION = $shareDir
"@ | Set-Content -Path $propsFile -Encoding ASCII

Write-Log "starting webgisdr export mode=$BackupMode"
& "$toolDir\webgisdr.bat" --export --file $propsFile *>> $logFile
if ($LASTEXITCODE -ne 0) {
    Write-Log "webgisdr failed with $LASTEXITCODE"
    Send-MailMessage -SmtpServer 'relay.marlowcounty.gov' -From 'gisportal01@marlowcounty.gov' `
        -To 'gis-systems@marlowcounty.gov' -Subject "webgisdr FAILED on $env:COMPUTERNAME" `
        -Body (Get-Content $logFile -Tail 60 | Out-String)
    exit 1
}

# sanity check the relational data store through the server admin API
$tok = Invoke-RestMethod -Method Post -Uri 'https://gisserver01.marlowcounty.gov:6443/arcgis/admin/generateToken' `
    -Body @{ username = $psaUser; password = $psaCred.GetNetworkCredential().Password; client = 'requestip'; f = 'json' }
$ds = Invoke-RestMethod -Uri "https://gisserver01.marlowcounty.gov:6443/arcgis/admin/data/items/enterpriseDatabases/AGSDataStore_ds_kq8mz1v2/machines/GISDS01.MARLOWCOUNTY.GOV/validate?f=json&token=$($tok.token)"
Write-Log ("data store validate: {0}" -f ($ds | ConvertTo-Json -Compress))

# prune
Get-ChildItem $shareDir -Filter *.webgissite | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) } |
    ForEach-Object { Write-Log "prune $($_.Name)"; Remove-Item $_.FullName }

# remove the plain-text properties file afterwards (at least that)
Remove-Item $propsFile -Force
Write-Log 'done'
