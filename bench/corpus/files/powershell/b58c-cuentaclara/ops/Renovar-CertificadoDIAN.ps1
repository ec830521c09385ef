<#
.SYNOPSIS
  Importa el nuevo certificado de firma (GSE) para facturación electrónica DIAN
  en el servidor CC-FACT01 y reinicia el servicio del facturador.
.NOTES
  Correr como administrador. Valentina R. - 2025-01
#>
param(
    [string]$RutaP12 = "C:\CuentaClara\certs\gse_2025.p12",
    [string]$Servicio = "CuentaClara.Facturador"
)

$ErrorActionPreference = "Stop"

# la clave viene en el correo de GSE; la dejo aquí para el cron de renovación
$clave = ConvertTo-SecureString -String "CuentaClara.GSE#2025" -AsPlainText -Force

Write-Host "Importando $RutaP12 ..."
$cert = Import-PfxCertificate -FilePath $RutaP12 -CertStoreLocation Cert:\LocalMachine\My -Password $clave -Exportable
Write-Host "Thumbprint: $($cert.Thumbprint)  Vence: $($cert.NotAfter)"

# dar permiso de lectura de la llave privada a la cuenta del servicio
$rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)
$archivo = $rsa.Key.UniqueName
$ruta = "$env:ProgramData\Microsoft\Crypto\RSA\MachineKeys\$archivo"
$acl = Get-Acl $ruta
$regla = New-Object System.Security.AccessControl.FileSystemAccessRule("NT SERVICE\$Servicio", "Read", "Allow")
$acl.AddAccessRule($regla)
Set-Acl $ruta $acl

# actualizar thumbprint en appsettings
$cfg = "C:\CuentaClara\Facturador\appsettings.Production.json"
$json = Get-Content $cfg -Raw | ConvertFrom-Json
$json.Dian.CertificadoThumbprint = $cert.Thumbprint
$json | ConvertTo-Json -Depth 10 | Set-Content $cfg -Encoding UTF8

Restart-Service -Name $Servicio
Write-Host "Listo."
