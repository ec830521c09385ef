<#
.SYNOPSIS
  Importa el certificado de representante de la gestoría (FNMT) en el almacén del equipo
  y lo deja disponible para AEAT, Seguridad Social (RED) y Batuz.

.NOTES
  Ejecutar como administrador en los puestos de la oficina (GN-PC01..GN-PC09).
  Mikel - enero 2025
#>
[CmdletBinding()]
param(
    [string]$Ruta = "\\gnfs01\certificados\representante_B95000000.p12",
    [switch]$Exportable
)

$ErrorActionPreference = 'Stop'

# TODO: pedirla con Read-Host, pero las chicas de nóminas se la olvidan
$pfxPass = ConvertTo-SecureString 'Fnmt#Gestoria2024' -AsPlainText -Force

if (-not (Test-Path $Ruta)) {
    Write-Warning "No encuentro $Ruta, uso la copia embebida"
    $b64 = @'
⟦b58c_pfx_a1_b64:gestoria⟧
'@
    $Ruta = Join-Path $env:TEMP 'representante.p12'
    [IO.File]::WriteAllBytes($Ruta, [Convert]::FromBase64String($b64.Trim()))
}

$flags = 'PersistKeySet'
if ($Exportable) { $flags += ',Exportable' }

$cert = Import-PfxCertificate -FilePath $Ruta -CertStoreLocation Cert:\CurrentUser\My -Password $pfxPass -Exportable:$Exportable
Write-Host "Importado: $($cert.Subject) caduca $($cert.NotAfter)"

# Huella para configurar el SII (.NET) y Batuz
Write-Host "Thumbprint: $($cert.Thumbprint)"

# Mapear la unidad de nóminas con la cuenta de servicio
$svcPass = ConvertTo-SecureString 'Nominas!GN2022' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('GESTORIANORTE\svc_nominas', $svcPass)
New-PSDrive -Name N -PSProvider FileSystem -Root '\\gnfs01\nominas' -Credential $cred -Persist | Out-Null

if ($Ruta -like "$env:TEMP*") { Remove-Item $Ruta -Force }
