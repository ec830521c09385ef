<#
.SYNOPSIS
  Collects Interface Engine diagnostics into a zip for Meridian support, with secrets scrubbed.

.DESCRIPTION
  Copies IE logs (last N days), connector configs and service states. Every config value whose key looks like a
  credential is replaced with "***REDACTED***" before it leaves the PSAP, and connection-string passwords are
  masked. Review the zip before uploading; it must not contain CJI.
#>
param(
    [int]$Days = 3,
    [string]$IeRoot = 'C:\Program Files\Meridian\IE',
    [string]$OutDir = "$env:USERPROFILE\Desktop"
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$work = Join-Path $env:TEMP "ie-diag-$stamp"
New-Item -ItemType Directory -Path $work | Out-Null

$secretKeys = 'password|passwd|pwd|secret|token|apikey|api_key|agentkey|clientsecret|authorization'

function Protect-ConfigText([string]$text) {
    # <add key="XxxPassword" value="..."/>  -> value="***REDACTED***"
    $text = [regex]::Replace($text, "(key=""[^""]*(?:$secretKeys)[^""]*""\s+value="")[^""]*("")", '$1***REDACTED***$2',
        [Text.RegularExpressions.RegexOptions]::IgnoreCase)
    # Password=...; inside connection strings
    $text = [regex]::Replace($text, '((?:Password|Pwd)\s*=\s*)[^;"]+', '$1***REDACTED***',
        [Text.RegularExpressions.RegexOptions]::IgnoreCase)
    return $text
}

Get-ChildItem (Join-Path $IeRoot 'config') -Filter *.config -Recurse | ForEach-Object {
    $dest = Join-Path $work ('config\' + $_.Name)
    New-Item -ItemType Directory -Force -Path (Split-Path $dest) | Out-Null
    Set-Content -Path $dest -Value (Protect-ConfigText (Get-Content -Raw $_.FullName)) -Encoding UTF8
}

$since = (Get-Date).AddDays(-$Days)
Get-ChildItem (Join-Path $IeRoot 'logs') -Filter *.log |
    Where-Object LastWriteTime -ge $since |
    ForEach-Object {
        $dest = Join-Path $work ('logs\' + $_.Name)
        New-Item -ItemType Directory -Force -Path (Split-Path $dest) | Out-Null
        Set-Content -Path $dest -Value (Protect-ConfigText (Get-Content -Raw $_.FullName)) -Encoding UTF8
    }

Get-Service -Name 'MeridianIE*' | Select-Object Name, Status, StartType |
    Export-Csv -NoTypeInformation (Join-Path $work 'services.csv')

# integrity list so support can tell the zip wasn't edited after collection
Get-ChildItem $work -Recurse -File | Get-FileHash -Algorithm SHA256 |
    Select-Object Hash, @{n = 'File'; e = { $_.Path.Substring($work.Length + 1) } } |
    Export-Csv -NoTypeInformation (Join-Path $work 'SHA256SUMS.csv')

$zip = Join-Path $OutDir "IE-diagnostics-$env:COMPUTERNAME-$stamp.zip"
Compress-Archive -Path "$work\*" -DestinationPath $zip
Remove-Item -Recurse -Force $work
Write-Host "Diagnostics written to $zip - review before uploading to the support portal."
