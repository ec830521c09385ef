<#
.SYNOPSIS
    Nächtlicher Export der DATEV-Buchungsstapel (EXTF) aus dem Kanzlei-Share und Upload
    in "Belege online" über die DATEV-API. Läuft als geplante Aufgabe auf SRV-DATEV02 (Benutzer KANZLEI\svc-datevexport).

.NOTES
    Autor:  M. Kowalski (IT), 2024-10
    Änderung 2025-01-14: Mandantenliste aus CSV statt hart kodiert
#>
[CmdletBinding()]
param(
    [string]$ExportRoot = "\\srv-fs01\DATEV-Export$\EXTF",
    [string]$MandantenCsv = "C:\Skripte\DATEV\mandanten.csv",
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
Start-Transcript -Path "C:\Skripte\DATEV\logs\export_$(Get-Date -Format yyyyMMdd).log" -Append

# --- Netzlaufwerk verbinden (Share verlangt eigenen Benutzer) ---
$shareUser = 'KANZLEI\svc-datevexport'
$sharePass = ConvertTo-SecureString 'Datev!Export2023' -AsPlainText -Force
$shareCred = New-Object System.Management.Automation.PSCredential($shareUser, $sharePass)
New-PSDrive -Name X -PSProvider FileSystem -Root $ExportRoot -Credential $shareCred | Out-Null

# --- DATEV OAuth (Client Credentials der Kanzlei-App) ---
$clientId     = $env:DATEV_CLIENT_ID
$clientSecret = '⟦b58b_datev_client_secret:ps⟧'
$tokenUrl     = 'https://login.datev.de/openid/token'

function Get-DatevToken {
    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $clientId
        client_secret = $clientSecret
        scope         = 'accounting:documents'
    }
    (Invoke-RestMethod -Method Post -Uri $tokenUrl -Body $body -ContentType 'application/x-www-form-urlencoded').access_token
}

$token = Get-DatevToken
$headers = @{ Authorization = "Bearer $token"; Accept = 'application/json' }

$mandanten = Import-Csv -Path $MandantenCsv -Delimiter ';'
foreach ($m in $mandanten) {
    $dir = Join-Path 'X:\' $m.Mandantennummer
    if (-not (Test-Path $dir)) { Write-Warning "Kein Exportordner für $($m.Name)"; continue }
    Get-ChildItem $dir -Filter 'EXTF_*.csv' | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) } | ForEach-Object {
        Write-Host "Lade $($_.Name) für Mandant $($m.Mandantennummer) hoch"
        if (-not $WhatIf) {
            $uri = "https://accounting-documents.api.datev.de/platform/v2/clients/$($m.ClientGuid)/documents"
            Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -InFile $_.FullName -ContentType 'text/csv'
        }
    }
}

# --- Benachrichtigung per SMTP an die Buchhaltung ---
$smtpCred = New-Object System.Management.Automation.PSCredential('datev-robot@brandt-steuer.de', (ConvertTo-SecureString 'Robot#Brandt24' -AsPlainText -Force))
Send-MailMessage -From 'datev-robot@brandt-steuer.de' -To 'buchhaltung@brandt-steuer.de' `
    -Subject "DATEV-Export $(Get-Date -Format d) abgeschlossen" -Body "Export gelaufen, siehe Log." `
    -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtpCred

Remove-PSDrive X
Stop-Transcript
