<#
.SYNOPSIS
  Pulls sales vouchers from TallyPrime (XML over HTTP :9000), generates IRN through the NIC IRP
  and writes the IRN/QR back into Tally as UDFs.
.NOTES
  Runs as a scheduled task on the client's Tally server. Written for Sharma Textiles (Surat).
#>
[CmdletBinding()]
param(
    [string]$TallyUrl = "http://localhost:9000",
    [string]$Company = "Sharma Textiles Pvt Ltd",
    [datetime]$From = (Get-Date).Date.AddDays(-1),
    [datetime]$To = (Get-Date).Date
)

$ErrorActionPreference = "Stop"
Import-Module "$PSScriptRoot\VyaparIrp.psm1"

$irpClientId = "⟦b61a_irp_client_id:ps⟧"
$irpClientSecret = "⟦b61a_irp_client_secret:ps⟧"
$irpUser = "SHARMATEX_API"
$irpPassword = ConvertTo-SecureString "Sharma@Surat24" -AsPlainText -Force
$gstin = "24AAKCS9012M1Z8"

$cred = New-Object System.Management.Automation.PSCredential($irpUser, $irpPassword)
$session = Connect-Irp -ClientId $irpClientId -ClientSecret $irpClientSecret -Gstin $gstin -Credential $cred

$request = @"
<ENVELOPE>
 <HEADER><VERSION>1</VERSION><TALLYREQUEST>Export</TALLYREQUEST><TYPE>Collection</TYPE><ID>VyaparSalesVouchers</ID></HEADER>
 <BODY><DESC><STATICVARIABLES>
   <SVCURRENTCOMPANY>$Company</SVCURRENTCOMPANY>
   <SVFROMDATE>$($From.ToString('yyyyMMdd'))</SVFROMDATE>
   <SVTODATE>$($To.ToString('yyyyMMdd'))</SVTODATE>
   <SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT>
 </STATICVARIABLES></DESC></BODY>
</ENVELOPE>
"@

$resp = Invoke-WebRequest -Uri $TallyUrl -Method Post -Body $request -ContentType "text/xml" -UseBasicParsing
[xml]$xml = $resp.Content
foreach ($v in $xml.ENVELOPE.BODY.DATA.COLLECTION.VOUCHER) {
    if ($v.IRN) { continue }
    $payload = ConvertTo-IrpPayload -Voucher $v -SellerGstin $gstin
    $irn = New-IrpInvoice -Session $session -Payload $payload
    Write-Host "Voucher $($v.VOUCHERNUMBER) -> IRN $($irn.Irn)"
    Set-TallyVoucherIrn -TallyUrl $TallyUrl -Company $Company -VoucherNumber $v.VOUCHERNUMBER -Irn $irn.Irn -SignedQr $irn.SignedQRCode
}
