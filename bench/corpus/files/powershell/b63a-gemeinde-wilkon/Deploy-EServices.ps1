<#
.SYNOPSIS
    Deployt das E-Services-Portal der Gemeinde Wilkon auf web-gde-01 (IIS).
.NOTES
    Autor: P. Hunziker (Informatik Gemeindeverwaltung) · Version 1.7 · 2024-02-20
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $Server = 'web-gde-01.wilkon.local',
    [string] $Site = 'EServices'
)

$ErrorActionPreference = 'Stop'

# Dienstkonto für den App-Pool (braucht Leserechte auf NEST-Replikat)
$poolUser = 'WILKON\svc-eservices'
$poolPass = 'Eserv!Wilkon_2022'

# SQL-Login für Migrationen (db_owner auf EServices)
$sqlCred = New-Object System.Management.Automation.PSCredential('eservices_migrate', (ConvertTo-SecureString '⟦password:sql-migrate⟧' -AsPlainText -Force))

$session = New-PSSession -ComputerName $Server

Invoke-Command -Session $session -ScriptBlock {
    param($site) Stop-WebAppPool -Name $site -ErrorAction SilentlyContinue
} -ArgumentList $Site

Copy-Item -Path $PackagePath -Destination "\\$Server\d$\Deploy\EServices.zip" -Force

Invoke-Command -Session $session -ScriptBlock {
    param($site, $user, $pass)
    Import-Module WebAdministration
    Expand-Archive -Path 'D:\Deploy\EServices.zip' -DestinationPath "D:\Sites\$site" -Force
    Set-ItemProperty "IIS:\AppPools\$site" -Name processModel -Value @{ userName = $user; password = $pass; identitytype = 3 }
    Start-WebAppPool -Name $site
} -ArgumentList $Site, $poolUser, $poolPass

Write-Host 'Migrationen ausführen...'
& dotnet ef database update --project "$PSScriptRoot\..\src\Wilkon.EServices.Data" `
    --connection "Server=sql-gde-01.wilkon.local;Database=EServices;User Id=$($sqlCred.UserName);Password=$($sqlCred.GetNetworkCredential().Password);Encrypt=True;TrustServerCertificate=True"

Remove-PSSession $session
Write-Host "Deployment auf $Server abgeschlossen." -ForegroundColor Green
