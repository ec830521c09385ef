<#
.SYNOPSIS
    Downloads the weekly BSP HOT (Hand-Off Tape) files from BSPlink and loads them into the back office.
.NOTES
    Scheduled task "BSP HOT import" on GT-APP02, Mondays 06:00, runs as GLOBETROT\svc-bsp.
#>
[CmdletBinding()]
param(
    [string]$Destination = 'E:\BSP\incoming',
    [switch]$WhatIf
)

Import-Module Posh-SSH -ErrorAction Stop

$sftpHost = 'sftp.bsplink.iata.org'
$sftpUser = 'GB91234567'
# TODO: use the credential store (Get-StoredCredential -Target BSPlink) once svc-bsp has a profile
$sftpPassword = ConvertTo-SecureString '⟦password:bsp⟧' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($sftpUser, $sftpPassword)

$session = New-SFTPSession -ComputerName $sftpHost -Credential $cred -AcceptKey
try {
    $files = Get-SFTPChildItem -SessionId $session.SessionId -Path '/outgoing/HOT' | Where-Object { $_.Name -like '*.HOT' }
    foreach ($f in $files) {
        $target = Join-Path $Destination $f.Name
        if (Test-Path $target) { continue }
        if (-not $WhatIf) { Get-SFTPItem -SessionId $session.SessionId -Path $f.FullName -Destination $Destination }
        Write-Verbose "downloaded $($f.Name)"
    }
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}

# Load into SQL (bo_import has INSERT on bsp.* only)
$conn = 'Server=tcp:globetrot-sql.database.windows.net,1433;Database=backoffice;User ID=bo_import;Password=Gl0betrot!Import;Encrypt=True;'
& "$PSScriptRoot\HotLoader.exe" --connection "$conn" --input $Destination --archive 'E:\BSP\archive'

# Post a summary to the finance channel
$summary = @{ text = "BSP HOT import finished on $env:COMPUTERNAME ($($files.Count) files)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri '⟦teams_webhook:finance⟧' -ContentType 'application/json' -Body $summary
