<#
.SYNOPSIS
  Installs the SwiftBridge pickup service on the Alliance Lite2 AutoClient host and imports
  the channel certificate used for the SWIFT API.
.EXAMPLE
  .\Deploy-AutoClient.ps1 -ComputerName al2-autoclient01 -Release 2.7.0
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ComputerName,
    [Parameter(Mandatory)] [string] $Release,
    [string] $ShareRoot = '\\fs01\deploy\swiftbridge'
)

$ErrorActionPreference = 'Stop'

# service account for the pickup service (AD, no interactive logon)
$svcUser = 'HARBOURLINE\svc-swb-pickup'
$svcPass = ConvertTo-SecureString 'Swb-Pickup!2024#al2' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

# PFX password for swift-channel.pfx (same as SwiftApi:ChannelCertificate:Password in prod)
$pfxPassword = ConvertTo-SecureString -String '⟦password:pfx⟧' -Force -AsPlainText

Invoke-Command -ComputerName $ComputerName -ArgumentList $Release, $ShareRoot, $pfxPassword -ScriptBlock {
    param($Release, $ShareRoot, $PfxPassword)
    $target = "C:\Program Files\SwiftBridge\Pickup\$Release"
    New-Item -ItemType Directory -Force -Path $target | Out-Null
    Copy-Item "$ShareRoot\$Release\pickup\*" $target -Recurse -Force

    Import-PfxCertificate -FilePath "$ShareRoot\certs\swift-channel.pfx" `
        -CertStoreLocation Cert:\LocalMachine\My -Password $PfxPassword | Out-Null
}

$svc = Get-CimInstance -ComputerName $ComputerName Win32_Service -Filter "Name='SwiftBridgePickup'" -ErrorAction SilentlyContinue
if (-not $svc) {
    New-Service -Name SwiftBridgePickup -BinaryPathName "`"C:\Program Files\SwiftBridge\Pickup\$Release\SwiftBridge.Pickup.exe`"" `
        -DisplayName 'SwiftBridge AutoClient pickup' -StartupType Automatic -Credential $svcCred
}
Write-Host "deployed $Release to $ComputerName"
