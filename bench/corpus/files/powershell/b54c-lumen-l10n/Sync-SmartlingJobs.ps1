<#
.SYNOPSIS
    Pulls new Smartling jobs for Acme Outdoor into the memoQ server and mails the PM a summary.
.DESCRIPTION
    Runs every 30 minutes as a scheduled task on LUMEN-MQ01 (service account LUMEN\svc-memoq).
    Authenticates with the project-scoped API token Acme sent on 2024-09-12.
.NOTES
    Author: T. Becker, 2024-09
#>
[CmdletBinding()]
param(
    [string]$ProjectId = '3b7c91d2e',
    [string]$OutDir = 'D:\memoQ\Incoming\AcmeOutdoor',
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$userIdentifier = '⟦b54c_smartling_user_identifier:acme⟧'
$userSecret     = '⟦b54c_smartling_user_secret:acme⟧'

$smtpServer = 'smtp.office365.com'
$smtpUser   = 'automation@lumen-ls.eu'
$smtpPass   = ConvertTo-SecureString 'Lumen#Automate9' -AsPlainText -Force
$smtpCred   = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

function Get-SmartlingToken {
    $body = @{ userIdentifier = $userIdentifier; userSecret = $userSecret } | ConvertTo-Json
    $resp = Invoke-RestMethod -Method Post -Uri 'https://api.smartling.com/auth-api/v2/authenticate' `
        -ContentType 'application/json' -Body $body
    return $resp.response.data.accessToken
}

function Get-NewJobs([string]$token) {
    $headers = @{ Authorization = "Bearer $token" }
    $uri = "https://api.smartling.com/jobs-api/v3/projects/$ProjectId/jobs?jobStatus=AWAITING_AUTHORIZATION&limit=50"
    (Invoke-RestMethod -Uri $uri -Headers $headers).response.data.items
}

function Save-JobFiles([string]$token, $job) {
    $headers = @{ Authorization = "Bearer $token" }
    $dir = Join-Path $OutDir $job.translationJobUid
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $files = (Invoke-RestMethod -Uri "https://api.smartling.com/jobs-api/v3/projects/$ProjectId/jobs/$($job.translationJobUid)/files" -Headers $headers).response.data.items
    foreach ($f in $files) {
        $name = [IO.Path]::GetFileName($f.uri)
        Invoke-WebRequest -Uri "https://api.smartling.com/files-api/v2/projects/$ProjectId/file?fileUri=$([uri]::EscapeDataString($f.uri))" `
            -Headers $headers -OutFile (Join-Path $dir $name)
    }
    return $files.Count
}

$token = Get-SmartlingToken
$jobs = @(Get-NewJobs $token)
if ($jobs.Count -eq 0) { Write-Verbose 'no new jobs'; return }

$summary = foreach ($job in $jobs) {
    $n = if ($WhatIf) { 0 } else { Save-JobFiles $token $job }
    '{0}  {1}  due {2}  ({3} files)' -f $job.translationJobUid, $job.jobName, $job.dueDate, $n
}

Send-MailMessage -SmtpServer $smtpServer -Port 587 -UseSsl -Credential $smtpCred `
    -From $smtpUser -To 'pm@lumen-ls.eu' -Subject "Smartling: $($jobs.Count) new job(s) for Acme Outdoor" `
    -Body ($summary -join "`r`n")
