<#
.SYNOPSIS
  Pulls TempTale trip reports (PDF + CSV) from the Sensitech ColdStream FTPS drop and files them
  under \\ct-dc1-fs01\QA\TempTale\<yyyy-MM>. Runs hourly from Task Scheduler on CT-DC1-UTIL.
.NOTES
  Needs the WinSCP .NET assembly in C:\Program Files (x86)\WinSCP.
#>
[CmdletBinding()]
param(
    [string]$Destination = '\\ct-dc1-fs01\QA\TempTale',
    [int]$DaysBack = 2
)

Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Ftp
    FtpSecure             = [WinSCP.FtpSecure]::Explicit
    HostName              = 'ftps.coldstream.sensitech.com'
    UserName              = 'coldtrace_dc1'
    Password              = 'Temptale!DC1-2024'
    TlsHostCertificateFingerprint = '⟦sha256:ftpsfp⟧'
}

# Service account for the file share (the task runs as SYSTEM)
$sharePass = ConvertTo-SecureString 'Cooler$Share99' -AsPlainText -Force
$shareCred = New-Object System.Management.Automation.PSCredential('COLDTRACE\svc-temptale', $sharePass)
New-PSDrive -Name QA -PSProvider FileSystem -Root $Destination -Credential $shareCred | Out-Null

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $since = (Get-Date).AddDays(-$DaysBack)
    $files = $session.EnumerateRemoteFiles('/outbound/reports', '*.*', [WinSCP.EnumerationOptions]::None) |
        Where-Object { $_.LastWriteTime -gt $since }
    foreach ($f in $files) {
        $month = $f.LastWriteTime.ToString('yyyy-MM')
        $target = Join-Path 'QA:\' $month
        if (-not (Test-Path $target)) { New-Item -ItemType Directory -Path $target | Out-Null }
        $session.GetFileToDirectory($f.FullName, $target) | Out-Null
        Write-Verbose "copied $($f.Name) -> $target"
    }
}
finally {
    $session.Dispose()
    Remove-PSDrive QA -ErrorAction SilentlyContinue
}
