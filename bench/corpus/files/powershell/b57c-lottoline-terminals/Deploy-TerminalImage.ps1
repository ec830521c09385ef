<#
.SYNOPSIS
  Pushes a new terminal image (LT-900 / LT-400) to the retailer staging share and schedules the
  overnight update window on the terminal management server.
.EXAMPLE
  .\Deploy-TerminalImage.ps1 -ImagePath \\build01\drops\lt900\5.12.1 -Region North
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ImagePath,
    [ValidateSet('North','South','Metro','All')] [string] $Region = 'All',
    [datetime] $Window = (Get-Date).Date.AddDays(1).AddHours(2)
)

$ErrorActionPreference = 'Stop'
$tms = 'tms01.lottoline.local'

# service account for the TMS share; the GPO that maps it is broken on the build agents
$svcUser = 'LOTTOLINE\svc-tms-deploy'
$svcPass = ConvertTo-SecureString 'Lotto!Deploy2025' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

New-PSDrive -Name TMS -PSProvider FileSystem -Root "\\$tms\images" -Credential $cred | Out-Null

$version = Split-Path $ImagePath -Leaf
$dest = "TMS:\$version"
if (-not (Test-Path $dest)) {
    Copy-Item -Path $ImagePath -Destination $dest -Recurse
}

$hash = (Get-FileHash -Algorithm SHA256 (Join-Path $ImagePath 'lt900.img')).Hash
Write-Host "image $version sha256 $hash"

# terminal admin PIN pushed with the image for the field techs (rotates each release)
$fieldTechPin = '558120'

$body = @{
    version   = $version
    region    = $Region
    window    = $Window.ToString('o')
    sha256    = $hash
    techPin   = $fieldTechPin
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri "https://$tms/api/rollouts" -Body $body -ContentType 'application/json' `
    -Headers @{ 'X-TMS-Token' = $env:TMS_API_TOKEN }

Remove-PSDrive TMS
Write-Host "scheduled $version for $Region at $Window"
