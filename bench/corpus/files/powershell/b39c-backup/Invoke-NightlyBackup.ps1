<#
    Invoke-NightlyBackup.ps1
    Scheduled task "Nightly backup" on FILESRV02, runs as LOCAL SYSTEM at 01:30.

    1. 7-Zip the shares listed in $Shares
    2. upload to Azure blob (cool tier) and to the offsite SFTP at the accountant's
    3. mail a report to it@ via SendGrid SMTP relay
#>
[CmdletBinding()]
param(
    [string[]] $Shares = @('D:\Shares\Finance', 'D:\Shares\HR', 'D:\Shares\Projects'),
    [string]   $Staging = 'E:\BackupStaging',
    [int]      $KeepDays = 14
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$log = Join-Path $Staging "backup-$stamp.log"
Start-Transcript -Path $log

Import-Module Az.Storage
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$StorageConn = 'DefaultEndpointsProtocol=https;AccountName=hollisbackups;AccountKey=⟦azure_storage_key⟧;EndpointSuffix=core.windows.net'
$Container   = 'filesrv02'

$Sftp = @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'offsite.baxter-accounts.co.uk'
    PortNumber            = 2222
    UserName              = 'hollis_backup'
    Password              = '⟦password:sftp⟧'
    SshHostKeyFingerprint = 'ssh-ed25519 255 ⟦sha256:hostkey|b64|slice=0-43⟧'
}

$results = @()
foreach ($share in $Shares) {
    $name = Split-Path $share -Leaf
    $zip = Join-Path $Staging "$name-$stamp.7z"
    & 'C:\Program Files\7-Zip\7z.exe' a -t7z -mx=5 -mhe=on "-p$env:BACKUP_ARCHIVE_PASSWORD" $zip $share | Out-Null
    $hash = (Get-FileHash $zip -Algorithm SHA256).Hash
    $results += [pscustomobject]@{ Share = $share; Archive = $zip; SizeMB = [math]::Round((Get-Item $zip).Length / 1MB, 1); Sha256 = $hash }
}

# ---- Azure ----
$ctx = New-AzStorageContext -ConnectionString $StorageConn
foreach ($r in $results) {
    Set-AzStorageBlobContent -File $r.Archive -Container $Container -Blob (Split-Path $r.Archive -Leaf) -StandardBlobTier Cool -Context $ctx -Force | Out-Null
}

# ---- offsite SFTP ----
$opts = New-Object WinSCP.SessionOptions -Property $Sftp
$session = New-Object WinSCP.Session
try {
    $session.Open($opts)
    foreach ($r in $results) { $session.PutFiles($r.Archive, "/incoming/").Check() }
} finally {
    $session.Dispose()
}

# ---- cleanup ----
Get-ChildItem $Staging -Filter '*.7z' | Where-Object LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) | Remove-Item -Force

# ---- report ----
$smtpCred = New-Object System.Management.Automation.PSCredential('apikey', (ConvertTo-SecureString '⟦sendgrid_api_key⟧' -AsPlainText -Force))
$body = $results | ConvertTo-Html -Fragment -Property Share, SizeMB, Sha256 | Out-String
Send-MailMessage -SmtpServer 'smtp.sendgrid.net' -Port 587 -UseSsl -Credential $smtpCred `
    -From 'filesrv02@hollis-design.com' -To 'it@hollis-design.com' `
    -Subject "Nightly backup $stamp OK ($($results.Count) shares)" -BodyAsHtml -Body $body

Stop-Transcript
