#Requires -Version 7.2
<#
.SYNOPSIS
    Signs and publishes the Cobalt.* NuGet packages from artifacts/packages.
.DESCRIPTION
    1. signs every .nupkg with the cobalt-net author certificate (PFX)
    2. verifies the signatures
    3. pushes to nuget.org (and symbols to the symbol server)
    Run from the repo root after `dotnet pack -c Release -o artifacts/packages`.
#>
param(
    [string] $PackageDir = "artifacts/packages",
    [string] $CertificatePath = "$HOME/secrets/cobalt-codesign.pfx",
    [switch] $WhatIf
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# nuget.org key "cobalt-release" — glob Cobalt.*, push new versions only, expires 2025-01-30
$NuGetApiKey = $env:NUGET_API_KEY
if (-not $NuGetApiKey) {
    $NuGetApiKey = '⟦nuget_api_key:publish⟧'
}

$CertificatePassword = 'C0balt#Sign!2024'
$TimestampServer     = 'http://timestamp.digicert.com'

$packages = Get-ChildItem $PackageDir -Filter *.nupkg | Where-Object { $_.Name -notlike '*.symbols.nupkg' }
if (-not $packages) { throw "no packages in $PackageDir" }

foreach ($pkg in $packages) {
    Write-Host "signing $($pkg.Name)" -ForegroundColor Cyan
    dotnet nuget sign $pkg.FullName `
        --certificate-path $CertificatePath `
        --certificate-password $CertificatePassword `
        --timestamper $TimestampServer `
        --overwrite
    dotnet nuget verify $pkg.FullName --all
    if ($LASTEXITCODE -ne 0) { throw "signature verification failed for $($pkg.Name)" }
}

foreach ($pkg in $packages) {
    if ($WhatIf) {
        Write-Host "[whatif] would push $($pkg.Name)"
        continue
    }
    dotnet nuget push $pkg.FullName `
        --api-key $NuGetApiKey `
        --source https://api.nuget.org/v3/index.json `
        --skip-duplicate
}

Write-Host "done: $($packages.Count) package(s)" -ForegroundColor Green
