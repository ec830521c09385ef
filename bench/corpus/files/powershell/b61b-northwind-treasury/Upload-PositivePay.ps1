<#
.SYNOPSIS
    Uploads the daily positive pay (check issue) file to the bank's SFTP.
.NOTES
    Runs from Task Scheduler on NWT-FIN-APP02 as NORTHWIND\svc_posipay at 16:45.
    Requires WinSCP .NET assembly 6.3.
#>
param(
    [string]$IssueFile = "\\nwt-fs01\finance\positivepay\outbound\ISSUE_$(Get-Date -Format yyyyMMdd).csv",
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

if (-not (Test-Path $IssueFile)) {
    Write-EventLog -LogName Application -Source 'PositivePay' -EventId 4001 -EntryType Warning -Message "No issue file for today: $IssueFile"
    exit 0
}

# TODO: switch to Get-Secret from the SecretManagement vault once IT installs it on APP02
$sftpUser = 'NWTPOSPAY'
$sftpPass = ConvertTo-SecureString 'Chk$Issue#2024' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($sftpUser, $sftpPass)

$options = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.mft.firstcitizens-example.com'
    UserName              = $cred.UserName
    Password              = $cred.GetNetworkCredential().Password
    SshHostKeyFingerprint = 'ssh-ed25519 255 Qm3XfS0y6Qb1cF8cQd5kR2f4b9YzJ0o1Jt3H7wL8pVs'
}

$session = New-Object WinSCP.Session
try {
    $session.Open($options)
    if ($WhatIf) {
        Write-Host "Would upload $IssueFile"
    } else {
        $result = $session.PutFiles($IssueFile, '/inbound/posipay/', $false)
        $result.Check()
        Write-EventLog -LogName Application -Source 'PositivePay' -EventId 1000 -EntryType Information -Message "Uploaded $IssueFile"
    }
}
finally {
    $session.Dispose()
}
