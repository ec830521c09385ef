<#
  Export-MunisUB.ps1
  Nightly utility-billing export from Tyler Munis (UB module) for InvoiceCloud bill presentment.

  1. runs the saved Munis report "UB - Open Bills for IC" through the Munis SQL view
  2. writes the InvoiceCloud fixed-width bill file
  3. uploads it to InvoiceCloud's SFTP (sftp.invoicecloud.net) and archives a copy

  Scheduled: RMU-APP03, 05:15 daily, as RIDGEWAY\svc_ubexport
  Author: D. Kessler (Finance IT)   Updated: 2024-06-28 for IC go-live
#>
param(
    [string]$OutDir = 'D:\UBExport\out',
    [switch]$NoUpload
)

Import-Module SqlServer -ErrorAction Stop
Import-Module Posh-SSH  -ErrorAction Stop

$ErrorActionPreference = 'Stop'
$today   = Get-Date -Format 'yyyyMMdd'
$outFile = Join-Path $OutDir "RMU_BILLS_$today.txt"
$log     = "D:\UBExport\logs\export_$today.log"
Start-Transcript -Path $log -Append

# --- Munis database (read-only login created by Tyler hosting for custom reporting) ---
$munisServer = 'RMU-MUNISDB01'
$munisDb     = 'munprod'
$munisUser   = 'ub_bridge'
$munisPass   = 'RidgeUB#2021'

$query = @"
SELECT  a.ub_acct_no         AS AccountNumber,
        c.cust_name          AS CustomerName,
        s.svc_addr_line1     AS ServiceAddress,
        b.bill_date          AS BillDate,
        b.due_date           AS DueDate,
        b.bill_total         AS AmountDue,
        b.prev_balance       AS PreviousBalance,
        a.ebill_email        AS Email
FROM    ub_bill_hdr b
JOIN    ub_account a  ON a.ub_acct_id = b.ub_acct_id
JOIN    ub_customer c ON c.cust_id = a.cust_id
JOIN    ub_service_addr s ON s.svc_addr_id = a.svc_addr_id
WHERE   b.bill_status = 'O' AND b.bill_date >= DATEADD(day, -1, CAST(GETDATE() AS date))
"@

$rows = Invoke-Sqlcmd -ServerInstance $munisServer -Database $munisDb -Username $munisUser -Password $munisPass `
        -Query $query -TrustServerCertificate
Write-Output "rows: $($rows.Count)"

$sb = [System.Text.StringBuilder]::new()
foreach ($r in $rows) {
    [void]$sb.AppendLine(('{0,-20}{1,-40}{2,-50}{3:yyyyMMdd}{4:yyyyMMdd}{5,12:0.00}{6,12:0.00}{7,-80}' -f `
        $r.AccountNumber, $r.CustomerName, $r.ServiceAddress, $r.BillDate, $r.DueDate, $r.AmountDue, $r.PreviousBalance, $r.Email))
}
Set-Content -Path $outFile -Value $sb.ToString() -Encoding ASCII

if (-not $NoUpload) {
    # InvoiceCloud SFTP account issued at go-live (see the IC implementation worksheet)
    $icUser = 'rmu_ubfiles'
    $icPass = ConvertTo-SecureString '⟦password:icsftp⟧' -AsPlainText -Force
    $icCred = [pscredential]::new($icUser, $icPass)
    $s = New-SFTPSession -ComputerName 'sftp.invoicecloud.net' -Credential $icCred -AcceptKey
    Set-SFTPItem -SessionId $s.SessionId -Path $outFile -Destination '/inbound/bills'
    Remove-SFTPSession -SessionId $s.SessionId | Out-Null
}

Copy-Item $outFile '\\rmu-fs01\ub\archive\' -Force
Stop-Transcript
