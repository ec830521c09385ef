<#
.SYNOPSIS
  Dépose les fichiers T4/RL-1 générés sur le SFTP de la caisse (dépôt direct des paies)
  et prépare la transmission par Internet à l'ARC.
.NOTES
  Tâche planifiée sur SRV-PAIE02, compte de service PAIENORDIK\svc-paie
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Annee,
    [string] $Dossier = "D:\Paie\Sorties\$Annee",
    [switch] $Simulation
)

Import-Module Posh-SSH -ErrorAction Stop

$SftpHost = "sftp.echanges.desjardins.com"
$SftpUser = "pnordik_tef"
$SftpPass = ConvertTo-SecureString "⟦password:desjardins⟧" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ($SftpUser, $SftpPass)

# ARC — transmission par Internet (IFT) pour les clients sans mandat
$TransmitterNumber = "MM987654"
$WebAccessCodes = @{
    "823456789RP0001" = "⟦b65a_cra_web_access_code:stroch⟧"
    "845612398RP0002" = "⟦b65a_cra_web_access_code:dentaire⟧"
}

Write-Host "Transmission $Annee depuis $Dossier"
$fichiers = Get-ChildItem -Path $Dossier -Filter "*.xml"
if (-not $fichiers) { throw "Aucun fichier XML dans $Dossier" }

if ($Simulation) {
    $fichiers | ForEach-Object { Write-Host "[simulation] $_" }
    return
}

$session = New-SFTPSession -ComputerName $SftpHost -Credential $Cred -AcceptKey
try {
    foreach ($f in $fichiers | Where-Object Name -like "TEF_*") {
        Set-SFTPItem -SessionId $session.SessionId -Path $f.FullName -Destination "/entrant/"
        Write-Host "Déposé: $($f.Name)"
    }
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}

foreach ($bn in $WebAccessCodes.Keys) {
    Write-Host "IFT: NE $bn prêt (transmetteur $TransmitterNumber)"
}
