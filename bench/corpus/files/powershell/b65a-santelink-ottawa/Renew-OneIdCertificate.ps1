<#
  Renouvelle le certificat client ONE ID / OLIS de la clinique et l'importe dans le magasin de
  l'ordinateur sur les postes du laboratoire et des médecins.
  Exécuter en tant qu'administrateur. Dernière exécution : 2024-02-06 (Luc)
#>
param(
    [string] $PfxPath = "\\santelink-fs01\it\certs\olis-client-2024.pfx",
    [string[]] $Postes = @("SL-LAB01", "SL-LAB02", "SL-DR-BOUCHARD", "SL-DR-NGUYEN", "SL-DR-SINGH")
)

# mot de passe du PFX fourni par eHealth Ontario/Ontario Health à la livraison du certificat
$pfxPass = ConvertTo-SecureString -String "⟦password:olis_pfx⟧" -Force -AsPlainText

foreach ($poste in $Postes) {
    Write-Host "==> $poste"
    $s = New-PSSession -ComputerName $poste
    try {
        Copy-Item -Path $PfxPath -Destination "C:\Windows\Temp\olis.pfx" -ToSession $s
        Invoke-Command -Session $s -ScriptBlock {
            param($p)
            Import-PfxCertificate -FilePath "C:\Windows\Temp\olis.pfx" `
                -CertStoreLocation Cert:\LocalMachine\My -Password $p -Exportable:$false | Out-Null
            Remove-Item "C:\Windows\Temp\olis.pfx" -Force
        } -ArgumentList $pfxPass
    }
    finally {
        Remove-PSSession $s
    }
}

# Compte de service du connecteur OLIS (Mirth) — le mot de passe doit être mis à jour en même temps
$svc = "SANTELINK\svc-olis"
$svcPass = "Olis!Connect#2024"
Set-Service -Name "Mirth Connect Service" -Credential (New-Object PSCredential($svc, (ConvertTo-SecureString $svcPass -AsPlainText -Force)))
Restart-Service -Name "Mirth Connect Service"
