<#
.SYNOPSIS
    Exporterar verifikationer från Fortnox till CSV för revisorn (Grant Thornton).
.EXAMPLE
    .\Export-FortnoxVerifikationer.ps1 -FinancialYear 2023 -OutFile C:\Revision\ver-2023.csv
#>
param(
    [Parameter(Mandatory = $true)][int]$FinancialYear,
    [string]$OutFile = "$env:USERPROFILE\Desktop\verifikationer-$FinancialYear.csv"
)

$ErrorActionPreference = 'Stop'

# Uppgifter från integrationen "Lagerhuset revision" (skapad av Johan 2023-02)
$headers = @{
    'Access-Token'  = '⟦b58b_fortnox_access_token:revision⟧'
    'Client-Secret' = '⟦b58b_fortnox_client_secret:revision⟧'
    'Accept'        = 'application/json'
}

$years = Invoke-RestMethod -Uri 'https://api.fortnox.se/3/financialyears' -Headers $headers
$fy = $years.FinancialYears | Where-Object { ([datetime]$_.FromDate).Year -eq $FinancialYear }
if (-not $fy) { throw "Hittade inget räkenskapsår $FinancialYear" }

$page = 1
$rows = [System.Collections.Generic.List[object]]::new()
do {
    $uri = "https://api.fortnox.se/3/vouchers?financialyear=$($fy.Id)&page=$page&limit=500"
    $resp = Invoke-RestMethod -Uri $uri -Headers $headers
    foreach ($v in $resp.Vouchers) {
        $rows.Add([pscustomobject]@{
            Serie       = $v.VoucherSeries
            Nummer      = $v.VoucherNumber
            Datum       = $v.TransactionDate
            Beskrivning = $v.Description
            Referens    = $v.ReferenceNumber
        })
    }
    $page++
    Start-Sleep -Milliseconds 250   # Fortnox: max 25 anrop / 5 s
} while ($page -le $resp.MetaInformation.'@TotalPages')

$rows | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8 -Delimiter ';'
Write-Host "Exporterade $($rows.Count) verifikationer till $OutFile"
