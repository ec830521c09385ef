<#
.SYNOPSIS
    Copies the parish office documents and QuickBooks company file to the Synology NAS in the sacristy closet.
.NOTES
    Scheduled task "Parish Backup", runs daily 18:30 as the local "office" user.
    Written by Tom B. 2022. If the NAS IP changes, fix $NasShare.
#>
[CmdletBinding()]
param(
    [string]$NasShare = '\\192.168.10.20\office-backup',
    [string]$LogFile  = "$env:PUBLIC\Documents\parish-backup.log"
)

$ErrorActionPreference = 'Stop'

function Write-Log($msg) {
    $line = "{0:yyyy-MM-dd HH:mm:ss}  {1}" -f (Get-Date), $msg
    Add-Content -Path $LogFile -Value $line
    Write-Verbose $line
}

# NAS account "backupsvc" (DSM > Control Panel > User). Password is also on the sticky note in the safe.
$NasUser = 'STMARKS-NAS\backupsvc'
$NasPass = ConvertTo-SecureString 'Sacristy#Backup7' -AsPlainText -Force
$Cred    = New-Object System.Management.Automation.PSCredential($NasUser, $NasPass)

try {
    if (-not (Get-PSDrive -Name Z -ErrorAction SilentlyContinue)) {
        New-PSDrive -Name Z -PSProvider FileSystem -Root $NasShare -Credential $Cred -Persist | Out-Null
    }
    Write-Log "Mapped $NasShare"

    $sources = @(
        "$env:USERPROFILE\Documents\Parish Office",
        "$env:USERPROFILE\Documents\Bulletins",
        'C:\Users\Public\Documents\Intuit\QuickBooks\Company Files'
    )
    foreach ($src in $sources) {
        $name = Split-Path $src -Leaf
        robocopy $src "Z:\$name" /MIR /R:2 /W:5 /NP /LOG+:$LogFile | Out-Null
        Write-Log "Copied $name (robocopy exit $LASTEXITCODE)"
    }

    # Offsite: the diocese gave us a Backblaze B2 bucket. rclone remote "b2diocese" is in rclone.conf,
    # but the env vars win so it works even when the config gets wiped by the IT contractor.
    $env:RCLONE_CONFIG_B2DIOCESE_TYPE = 'b2'
    $env:RCLONE_CONFIG_B2DIOCESE_ACCOUNT = '⟦backblaze_key_id:ps⟧'
    $env:RCLONE_CONFIG_B2DIOCESE_KEY = '⟦backblaze_app_key:ps⟧'
    & 'C:\Tools\rclone\rclone.exe' sync 'Z:\' 'b2diocese:stmarks-office' --fast-list --transfers 4 2>&1 | Add-Content $LogFile
    Write-Log 'Offsite sync finished'
}
catch {
    Write-Log "FAILED: $($_.Exception.Message)"
    Send-MailMessage -To 'office@stmarks-parish.org' -From 'office@stmarks-parish.org' `
        -Subject 'Parish backup FAILED' -Body $_.Exception.Message `
        -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl `
        -Credential (New-Object PSCredential('office@stmarks-parish.org', (ConvertTo-SecureString 'StMarks1892!' -AsPlainText -Force)))
    throw
}
finally {
    Remove-PSDrive -Name Z -ErrorAction SilentlyContinue
}
