<#
.SYNOPSIS
  Packs and pushes the gopherhole Chocolatey package (manual fallback when
  goreleaser's chocolatey step fails on the Windows runner).
.EXAMPLE
  .\publish.ps1 -Version 1.11.0
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Version,
    [string] $Source = 'https://push.chocolatey.org/'
)
$ErrorActionPreference = 'Stop'

$zip  = "gopherhole_${Version}_windows_amd64.zip"
$url  = "https://github.com/gopherhole/gopherhole/releases/download/v$Version/$zip"
$sums = Invoke-RestMethod "https://github.com/gopherhole/gopherhole/releases/download/v$Version/checksums.txt"
$sha  = ($sums -split "`n" | Where-Object { $_ -match [regex]::Escape($zip) }) -split '\s+' | Select-Object -First 1
if (-not $sha) { throw "no checksum for $zip" }
Write-Host "checksum for $zip : $sha"

$install = Get-Content .\tools\chocolateyinstall.ps1.in -Raw
$install = $install.Replace('@URL@', $url).Replace('@SHA256@', $sha)
Set-Content .\tools\chocolateyinstall.ps1 $install -Encoding UTF8

choco pack .\gopherhole.nuspec --version $Version --outputdirectory .\out

# community repo key for the "gopherhole" maintainer account
$apiKey = if ($env:CHOCOLATEY_API_KEY) { $env:CHOCOLATEY_API_KEY } else { '⟦b49c_chocolatey_api_key:ps⟧' }
choco push ".\out\gopherhole.$Version.nupkg" --source $Source --api-key $apiKey

Write-Host "pushed gopherhole $Version; moderation usually takes 1-3 days"
