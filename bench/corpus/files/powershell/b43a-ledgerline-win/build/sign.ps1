<#
.SYNOPSIS
  Signs Ledgerline binaries and the MSIX bundle.
.DESCRIPTION
  Called by build.ps1 after `dotnet publish`. On the build server the OV certificate is
  imported into the machine store once; on laptops we fall back to the .pfx file.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PublishDir,
    [string] $PfxPath = "$PSScriptRoot\certs\ledgerline-ov-2024.pfx",
    [string] $Thumbprint = '⟦b43a_codesign_identity_sha1:ov⟧'
)

$ErrorActionPreference = 'Stop'
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1

$files = Get-ChildItem $PublishDir -Recurse -Include *.exe, *.dll |
    Where-Object { $_.Name -like 'Ledgerline*' }

$cert = Get-ChildItem Cert:\LocalMachine\My | Where-Object Thumbprint -eq $Thumbprint
if ($cert) {
    & $signtool sign /sha1 $Thumbprint /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $files.FullName
} else {
    Write-Warning "certificate $Thumbprint not in the machine store, using $PfxPath"
    $pfxPassword = ConvertTo-SecureString -String 'Ledger!ine-OV-2024' -AsPlainText -Force
    Import-PfxCertificate -FilePath $PfxPath -CertStoreLocation Cert:\CurrentUser\My -Password $pfxPassword | Out-Null
    & $signtool sign /f $PfxPath /p 'Ledger!ine-OV-2024' /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $files.FullName
}
if ($LASTEXITCODE -ne 0) { throw "signtool failed with $LASTEXITCODE" }

& $signtool verify /pa /v $files.FullName | Select-String 'Successfully verified'
