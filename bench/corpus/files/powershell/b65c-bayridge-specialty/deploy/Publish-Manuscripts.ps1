<#
.SYNOPSIS
  Packages Duck Creek manuscripts from the Author repo and uploads them to the OnDemand deployment feed.
.EXAMPLE
  .\Publish-Manuscripts.ps1 -Version 2024.06.1 -Lob CommercialProperty
#>
param(
    [Parameter(Mandatory)] [string]$Version,
    [Parameter(Mandatory)] [string]$Lob,
    [string]$Feed = 'https://pkgs.dev.azure.com/bayridge/DuckCreek/_packaging/manuscripts/nuget/v3/index.json'
)

$ErrorActionPreference = 'Stop'

# Azure DevOps PAT (Packaging: Read & write) of the build account. Expires 2024-09-30.
$pat = '⟦azure_devops_pat:manuscripts⟧'

$src = Join-Path $PSScriptRoot "..\Manuscripts\$Lob"
$out = Join-Path $env:TEMP "manuscripts-$Lob-$Version"
New-Item -ItemType Directory -Force -Path $out | Out-Null

Get-ChildItem $src -Filter *.xml | ForEach-Object {
    [xml]$doc = Get-Content $_.FullName
    if (-not $doc.manuscript.versionDate) { throw "$($_.Name) has no versionDate" }
    Copy-Item $_.FullName $out
}

$nuspec = @"
<?xml version="1.0"?>
<package><metadata>
  <id>Bayridge.Manuscripts.$Lob</id><version>$Version</version><authors>Bayridge Product</authors>
  <description>Duck Creek manuscripts for $Lob</description>
</metadata></package>
"@
Set-Content -Path (Join-Path $out "Bayridge.Manuscripts.$Lob.nuspec") -Value $nuspec
nuget pack (Join-Path $out "Bayridge.Manuscripts.$Lob.nuspec") -OutputDirectory $out -NoDefaultExcludes

dotnet nuget push (Join-Path $out "Bayridge.Manuscripts.$Lob.$Version.nupkg") --source $Feed --api-key az `
    --configfile (New-TemporaryFile).FullName
# the feed wants the PAT as the password of any user name
nuget sources add -Name manuscripts -Source $Feed -Username build -Password $pat -StorePasswordInClearText
