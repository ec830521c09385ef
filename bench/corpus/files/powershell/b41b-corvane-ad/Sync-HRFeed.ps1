<#
.SYNOPSIS
  Nightly HR -> AD sync: pulls the employee directory from BambooHR, updates AD attributes,
  drops the payroll extract on the bank's SFTP and mails a summary to HR.
  Scheduled task "Corvane HR Feed Sync" on UTIL01 (runs as CORVANE\svc-hrsync).
#>
param([switch]$WhatIf)

Import-Module ActiveDirectory
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$bambooSubdomain = 'corvanehealth'
$bambooApiKey    = '⟦b41b_bamboohr_api_key⟧'
$pair            = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($bambooApiKey):x"))
$headers         = @{ Authorization = "Basic $pair"; Accept = 'application/json' }

$dir = Invoke-RestMethod -Headers $headers `
    -Uri "https://api.bamboohr.com/api/gateway.php/$bambooSubdomain/v1/employees/directory"

foreach ($e in $dir.employees) {
    $u = Get-ADUser -Filter "EmployeeID -eq '$($e.id)'" -Properties Title, Department, Manager
    if (-not $u) { continue }
    if ($u.Title -ne $e.jobTitle -or $u.Department -ne $e.department) {
        Set-ADUser $u -Title $e.jobTitle -Department $e.department -WhatIf:$WhatIf
    }
}

# --- payroll extract to the bank ---
$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.firstlakesbank.example'
    UserName              = 'corvane_payroll'
    Password              = 'Payr0ll-Upload!Q3'
    SshHostKeyFingerprint = 'ssh-ed25519 255 ⟦b64_blob:fp|slice=0-43⟧'
}
$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $session.PutFiles('D:\HRFeed\out\payroll_*.csv', '/inbound/').Check()
} finally {
    $session.Dispose()
}

# --- summary mail (Exchange Online SMTP AUTH, licensed shared mailbox) ---
$smtpCred = New-Object PSCredential 'hr-automation@corvane-health.org', (ConvertTo-SecureString '⟦password:hrmail⟧' -AsPlainText -Force)
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtpCred `
    -From 'hr-automation@corvane-health.org' -To 'hr-systems@corvane-health.org' `
    -Subject "HR feed sync $(Get-Date -Format yyyy-MM-dd)" -Body "Processed $($dir.employees.Count) employees."
