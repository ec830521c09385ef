<#
.SYNOPSIS
  Đồng bộ hóa đơn đã phát hành từ MISA meInvoice về thư mục kế toán + đẩy trạng thái lên API nội bộ.
.NOTES
  Chạy bằng Task Scheduler trên KT-HCM-01 mỗi 30 phút, tài khoản svc_ketoan.
#>
[CmdletBinding()]
param(
    [datetime]$From = (Get-Date).AddDays(-1),
    [datetime]$To = (Get-Date),
    [string]$OutDir = 'D:\HoaDon\MISA'
)

$ErrorActionPreference = 'Stop'

$MisaBase  = 'https://api.meinvoice.vn/api/integration'
$AppId     = '⟦b62c_uuid:misaapp⟧'
$TaxCode   = '0316789012'
$MisaUser  = '0316789012-admin'
$MisaPass  = 'Sgm@Misa2024'

# API nội bộ (đánh dấu đơn đã xuất hóa đơn)
$SgmApi    = 'https://api.saigonmart.vn/internal/invoices'
$SgmApiKey = '⟦generic_api_key_alnum40:sgminternal⟧'

function Get-MisaToken {
    $body = @{ appid = $AppId; taxcode = $TaxCode; username = $MisaUser; password = $MisaPass } | ConvertTo-Json
    $resp = Invoke-RestMethod -Method Post -Uri "$MisaBase/auth/token" -Body $body -ContentType 'application/json'
    if (-not $resp.Success) { throw "MISA auth thất bại: $($resp.ErrorCode)" }
    return $resp.Data
}

$token = Get-MisaToken
$headers = @{ Authorization = "Bearer $token" }

$query = @{
    FromDate = $From.ToString('yyyy-MM-dd')
    ToDate   = $To.ToString('yyyy-MM-dd')
    InvoiceWithCode = 'true'
}
$list = Invoke-RestMethod -Uri "$MisaBase/invoice/list" -Headers $headers -Body $query

foreach ($inv in $list.Data) {
    $file = Join-Path $OutDir ("{0}_{1}.pdf" -f $inv.InvSeries, $inv.InvNo)
    if (-not (Test-Path $file)) {
        Invoke-WebRequest -Uri "$MisaBase/invoice/download?transactionId=$($inv.TransactionID)&type=pdf" -Headers $headers -OutFile $file
    }
    Invoke-RestMethod -Method Patch -Uri "$SgmApi/$($inv.RefID)" -Headers @{ 'X-Api-Key' = $SgmApiKey } `
        -Body (@{ status = 'ISSUED'; invoice_no = $inv.InvNo; series = $inv.InvSeries } | ConvertTo-Json) -ContentType 'application/json'
}

Write-Host ("Đã đồng bộ {0} hóa đơn ({1:d} → {2:d})" -f $list.Data.Count, $From, $To)
