<#
.SYNOPSIS
  Points Revit 2023/2024 at the Revit Server accelerator in the Oslo office and clears the
  local cache. Safe to re-run. Used by Intune as a remediation script.
#>
[CmdletBinding()]
param(
    [string]$RevitServer = 'rvt01.nord.local',
    [string[]]$Versions = @('2023', '2024')
)

foreach ($v in $Versions) {
    $cfgDir = "C:\ProgramData\Autodesk\Revit Server $v\Config"
    if (-not (Test-Path $cfgDir)) { continue }
    Set-Content -Path (Join-Path $cfgDir 'RSN.ini') -Value $RevitServer -Encoding ASCII
    Write-Output "Revit $v -> $RevitServer"
}

# Credentials are never needed here: Revit Server uses the signed-in Windows identity.
# If a user reports "access denied", check their membership of NORD\RevitServer-Users:
#   Get-ADGroupMember 'RevitServer-Users' | Select-Object SamAccountName
$cache = Join-Path $env:LOCALAPPDATA 'Autodesk\Revit\PacCache'
if (Test-Path $cache) {
    Remove-Item "$cache\*" -Recurse -Force -ErrorAction SilentlyContinue
    Write-Output "cleared $cache"
}

# optional: test that the accelerator answers before declaring success
try {
    $resp = Invoke-WebRequest -Uri "http://$RevitServer/RevitServerAdmin2024/" -UseDefaultCredentials -TimeoutSec 10
    Write-Output "accelerator reachable ($($resp.StatusCode))"
} catch {
    Write-Warning "accelerator not reachable: $($_.Exception.Message)"
    exit 1
}
