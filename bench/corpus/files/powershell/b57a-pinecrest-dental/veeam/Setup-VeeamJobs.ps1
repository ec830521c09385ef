#Requires -Modules Veeam.Backup.PowerShell
<#
    Pinecrest Family Dental -- Veeam B&R 12.1 job setup (PFD-SRV01)
    Run once, elevated, on the backup server. Keystone IT / R. Lindqvist / 2024-05-28
#>
$ErrorActionPreference = 'Stop'

# --- credentials --------------------------------------------------------------------------------
# NAS share account (local user on the Synology)
$nasCred = Add-VBRCredentials -User 'PFD-NAS01\veeam' -Password 'Syn0-Veeam!24' -Description 'PFD-NAS01 veeam share'

# Hyper-V host (local)
$hvCred = Get-VBRCredentials -Name 'PINECREST\ksit-da'

# Backup file encryption key -- SAME value as in the handover doc and IT Glue
$encKey = Add-VBREncryptionKey -Password (ConvertTo-SecureString 'Pinecrest-Veeam-Enc#2024' -AsPlainText -Force) -Description 'PFD backup encryption 2024'

# --- repositories -------------------------------------------------------------------------------
$local = Add-VBRBackupRepository -Name 'PFD-NAS01' -Type CifsShare -Folder '\\10.60.0.20\veeam' -Credentials $nasCred

# Backblaze B2 (S3-compatible), immutable bucket ksit-pfd-offsite
$b2Account = Add-VBRAmazonAccount -AccessKey '⟦backblaze_key_id:pfd⟧' -SecretKey '⟦backblaze_app_key:pfd⟧' -Description 'B2 ksit-pfd-offsite'
$b2Conn = Connect-VBRAmazonS3CompatibleService -Account $b2Account -CustomRegionId 'us-west-004' -ServicePoint 'https://s3.us-west-004.backblazeb2.com'
$b2Bucket = Get-VBRAmazonS3Bucket -Connection $b2Conn -Name 'ksit-pfd-offsite'
$b2Folder = New-VBRAmazonS3Folder -Bucket $b2Bucket -Connection $b2Conn -Name 'veeam'
$offsite = Add-VBRAmazonS3CompatibleRepository -Connection $b2Conn -AmazonS3Folder $b2Folder -Name 'B2-PFD-Offsite' -EnableBackupImmutability -ImmutabilityPeriod 30

# --- jobs ---------------------------------------------------------------------------------------
$vms = Find-VBRHvEntity -Name 'PFD-DC01','PFD-APP01'
$job = Add-VBRHvBackupJob -Name 'PFD - Nightly VMs' -Entity $vms -BackupRepository $local
Set-VBRJobAdvancedStorageOptions -Job $job -EnableEncryption $true -EncryptionKey $encKey
Set-VBRJobOptions -Job $job -RetainCycles 14
$sched = New-VBRDailyOptions -DayOfWeek Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday -Period 22:30
Set-VBRJobSchedule -Job $job -Daily -At '22:30' | Enable-VBRJobSchedule

$copy = Add-VBRBackupCopyJob -Name 'PFD - Offsite B2' -Mode Immediate -Source $job -Target $offsite -RetentionType RestorePoints -RetentionNumber 30
Write-Host "Jobs created: $($job.Name), $($copy.Name)"
