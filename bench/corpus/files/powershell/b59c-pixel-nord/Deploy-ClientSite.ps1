<#
.SYNOPSIS
    Publică un site de client (WordPress/WooCommerce) pe VPS-ul Pixel Nord și face backup înainte.
.EXAMPLE
    .\Deploy-ClientSite.ps1 -Client atelierlemnnord -Branch main
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Client,
    [string] $Branch = 'main',
    [switch] $SkipBackup
)

$ErrorActionPreference = 'Stop'
$vps = 'vps2.pixelnord.ro'
$sshUser = 'deploy'

# credențiale pentru share-ul de backup de pe NAS (\\nas01\backups)
$nasUser = 'PIXELNORD\svc_backup'
$nasPass = ConvertTo-SecureString 'Backup!Nord2023' -AsPlainText -Force
$nasCred = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)

# utilizator MySQL folosit doar pentru mysqldump înainte de deploy
$dumpUser = 'backup'
$dumpPassword = '⟦password:mysqldump⟧'

function Write-Step($msg) { Write-Host "==> $msg" -ForegroundColor Cyan }

if (-not $SkipBackup) {
    Write-Step "Backup baza de date $Client"
    $stamp = Get-Date -Format 'yyyyMMdd-HHmm'
    ssh "$sshUser@$vps" "mysqldump -u $dumpUser -p'$dumpPassword' ${Client}_wp | gzip > /tmp/${Client}-$stamp.sql.gz"
    New-PSDrive -Name NAS -PSProvider FileSystem -Root '\\nas01\backups' -Credential $nasCred | Out-Null
    scp "$sshUser@${vps}:/tmp/${Client}-$stamp.sql.gz" "NAS:\$Client\"
    Remove-PSDrive NAS
}

Write-Step "Pull $Branch pe $vps"
ssh "$sshUser@$vps" "cd /var/www/$Client && git fetch --all && git checkout $Branch && git pull --ff-only"

Write-Step "Cache flush"
ssh "$sshUser@$vps" "cd /var/www/$Client && wp cache flush && wp rewrite flush"

# notificare pe Teams (canal #deploy)
$hook = '⟦teams_webhook⟧'
Invoke-RestMethod -Method Post -Uri $hook -ContentType 'application/json' -Body (@{ text = "Deploy $Client ($Branch) OK" } | ConvertTo-Json)

Write-Step 'Gata.'
