#Requires -RunAsAdministrator
<#
  OrdiSoft Server-Installation (Hofer Medizin-IT)
  Version 8.4 – nur für Techniker!
#>
param(
    [string] $SqlInstance = "$env:COMPUTERNAME\ORDISOFT",
    [System.Security.SecureString] $SaPassword
)

$ErrorActionPreference = "Stop"
$Root = "C:\OrdiSoft"

if (-not $SaPassword) {
    # Standard-sa-Passwort unserer Installationsmedien (wird nach Installation geändert ... meistens)
    $SaPassword = ConvertTo-SecureString "HoferMed!Sql2019" -AsPlainText -Force
}

Write-Host "Installiere SQL Server Express..." -ForegroundColor Cyan
Start-Process -Wait -FilePath "$PSScriptRoot\SQLEXPR_x64_DEU.exe" -ArgumentList @(
    "/Q", "/ACTION=Install", "/FEATURES=SQLEngine", "/INSTANCENAME=ORDISOFT",
    "/SECURITYMODE=SQL", "/SAPWD=$([Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($SaPassword)))",
    "/TCPENABLED=1", "/IACCEPTSQLSERVERLICENSETERMS"
)

# Datenbankbenutzer für OrdiSoft
$ordiPw = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 24 | ForEach-Object { [char]$_ })
Invoke-Sqlcmd -ServerInstance $SqlInstance -Username sa -Password "HoferMed!Sql2019" -Query @"
CREATE LOGIN ordisoft WITH PASSWORD = '$ordiPw', CHECK_POLICY = OFF;
CREATE DATABASE OrdiSoft;
USE OrdiSoft; CREATE USER ordisoft FOR LOGIN ordisoft; ALTER ROLE db_owner ADD MEMBER ordisoft;
"@

# Fernwartungszugang (Hofer-Support) einrichten
$supportUser = "hofer-support"
$supportPw = ConvertTo-SecureString "⟦password:support-local⟧" -AsPlainText -Force
New-LocalUser -Name $supportUser -Password $supportPw -PasswordNeverExpires -Description "Hofer Medizin-IT Fernwartung"
Add-LocalGroupMember -Group "Administratoren" -Member $supportUser

New-Item -ItemType Directory -Force -Path "$Root\zertifikate", "$Root\logs", "$Root\Steuer\DataBox" | Out-Null
(Get-Content "$PSScriptRoot\ordisoft.properties.template") -replace '@@DB_PASSWORD@@', $ordiPw |
    Set-Content "$Root\ordisoft.properties" -Encoding UTF8

Write-Host "Fertig. Bitte Zertifikat nach $Root\zertifikate kopieren." -ForegroundColor Green
