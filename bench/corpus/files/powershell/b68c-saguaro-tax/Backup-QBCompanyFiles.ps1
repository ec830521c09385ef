<#
.SYNOPSIS
  Nightly backup of client QuickBooks Desktop company files (.QBW) from the file server to Backblaze B2.
.NOTES
  Runs as scheduled task "QB Backup" on SAG-FS01 at 23:30 under svc-backup.
  QB files must be closed (single-user) - the task kills QBW32 first.
  Author: Luis (IT, contractor)  Last edit: 2024-01-08
#>
[CmdletBinding()]
param(
    [string]$Source = 'D:\Clients\QuickBooks',
    [string]$Staging = 'E:\QBStaging',
    [int]$KeepDays = 35
)

$ErrorActionPreference = 'Stop'
$log = "E:\Logs\qb-backup-$(Get-Date -Format yyyyMMdd).log"
Start-Transcript -Path $log -Append

# --- B2 (S3-compatible) ---
$env:AWS_ACCESS_KEY_ID     = '⟦backblaze_key_id:sag⟧'
$env:AWS_SECRET_ACCESS_KEY = '⟦backblaze_app_key:sag⟧'
$bucket   = 's3://saguaro-qb-backups'
$endpoint = 'https://s3.us-west-004.backblazeb2.com'

# --- NAS mirror ---
$nasUser = 'SAGNAS\backup'
$nasPass = ConvertTo-SecureString 'Monsoon2024!' -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)
New-PSDrive -Name Q -PSProvider FileSystem -Root '\\sag-nas01\qb-mirror' -Credential $cred | Out-Null

# Company files with an Admin password set need it for the verify step (QBW "Verify Data" via SDK).
$verifyPasswords = @{
    'Mesa Verde Landscaping.QBW'  = 'Admin#Mesa1'
    'Ocotillo Dental Group.QBW'   = 'Ocotillo!QB'
}

Get-Process QBW32 -ErrorAction SilentlyContinue | Stop-Process -Force

$files = Get-ChildItem -Path $Source -Filter *.QBW -Recurse
foreach ($f in $files) {
    $stamp = Get-Date -Format yyyyMMdd
    $dest  = Join-Path $Staging "$($f.BaseName)-$stamp.QBW"
    Copy-Item $f.FullName $dest -Force
    if ($verifyPasswords.ContainsKey($f.Name)) {
        & 'C:\Tools\QBVerify\QBVerify.exe' --file $dest --user Admin --password $verifyPasswords[$f.Name]
    }
    & aws s3 cp $dest "$bucket/$stamp/" --endpoint-url $endpoint --only-show-errors
    Copy-Item $dest 'Q:\' -Force
}

Get-ChildItem $Staging -Filter *.QBW | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) } | Remove-Item -Force
Remove-PSDrive Q
Stop-Transcript
