<#
.SYNOPSIS
  Orders an OV certificate from DigiCert CertCentral for an IIS host and imports it.
.NOTES
  Branch web servers (Windows Server 2016) can't run the certbridge agent, so the branch
  team runs this by hand.  Ask PKI (#pki-help) before changing the org/container ids.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $CommonName,
    [string[]] $DnsNames = @(),
    [int] $ValidityDays = 397,
    [string] $PfxPath = "C:\certs\$CommonName.pfx"
)

$ErrorActionPreference = 'Stop'
$base = 'https://www.digicert.com/services/v2'
$headers = @{
    'X-DC-DEVKEY'  = '⟦b60a_digicert_api_key:branch⟧'
    'Content-Type' = 'application/json'
}

# 1. CSR via certreq
$inf = @"
[NewRequest]
Subject = "CN=$CommonName, O=Northbank plc, L=Frankfurt am Main, C=DE"
KeyLength = 2048
Exportable = TRUE
MachineKeySet = TRUE
ProviderName = "Microsoft RSA SChannel Cryptographic Provider"
RequestType = PKCS10
"@
$inf | Set-Content "$env:TEMP\req.inf"
certreq -new -q "$env:TEMP\req.inf" "$env:TEMP\req.csr" | Out-Null
$csr = Get-Content "$env:TEMP\req.csr" -Raw

# 2. order
$body = @{
    certificate    = @{ common_name = $CommonName; dns_names = $DnsNames; csr = $csr; signature_hash = 'sha256' }
    organization   = @{ id = 1184203 }
    order_validity = @{ days = $ValidityDays }
    payment_method = 'balance'
} | ConvertTo-Json -Depth 5
$order = Invoke-RestMethod -Method Post -Uri "$base/order/certificate/ssl_basic" -Headers $headers -Body $body
Write-Host "Order $($order.id) placed, waiting for issuance..."

do {
    Start-Sleep -Seconds 30
    $o = Invoke-RestMethod -Uri "$base/order/certificate/$($order.id)" -Headers $headers
} while ($o.status -ne 'issued')

# 3. download + accept + export
Invoke-RestMethod -Uri "$base/certificate/$($o.certificate.id)/download/format/p7b" -Headers $headers -OutFile "$env:TEMP\cert.p7b"
certreq -accept -q "$env:TEMP\cert.p7b"
$cert = Get-ChildItem Cert:\LocalMachine\My | Where-Object { $_.Subject -like "CN=$CommonName*" } | Sort-Object NotAfter -Descending | Select-Object -First 1
$pfxPass = ConvertTo-SecureString -String 'Branch-Pfx-2024!' -Force -AsPlainText
Export-PfxCertificate -Cert $cert -FilePath $PfxPath -Password $pfxPass | Out-Null
Write-Host "Exported $($cert.Thumbprint) to $PfxPath"
