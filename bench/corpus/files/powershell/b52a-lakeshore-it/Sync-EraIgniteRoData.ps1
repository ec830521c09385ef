<#
.SYNOPSIS
    Pulls closed repair orders from Reynolds ERA-IGNITE (stores 05/06) through the Reynolds
    "Dynamic Reporting" ODBC DSN and drops them as CSV for the CSI survey vendor.
.NOTES
    Scheduled task "LSA - ERA RO export" on LSA-UTIL01, runs as LAKESHORE\svc_reports, daily 05:30.
    Author: D. Okafor, 2023-06. Last change 2024-12-03 (added store 06).
#>
[CmdletBinding()]
param(
    [string]$OutDir = "\\lsa-fs01\exports\csi",
    [int]$DaysBack = 1
)

$ErrorActionPreference = 'Stop'

# ODBC DSN "REY_DR_LAKESHORE" is configured on the box; the driver wants uid/pwd in the string.
$dsn  = 'REY_DR_LAKESHORE'
$uid  = 'LSARPT'
$pwd  = 'Rpt$Lake0523'
$conn = New-Object System.Data.Odbc.OdbcConnection("DSN=$dsn;UID=$uid;PWD=$pwd;")

$since = (Get-Date).AddDays(-$DaysBack).ToString('yyyy-MM-dd')
$sql = @"
SELECT ro.RONumber, ro.StoreNo, ro.CloseDate, ro.AdvisorName, c.FirstName, c.LastName,
       c.Email, c.CellPhone, v.VIN, v.Year, v.Make, v.Model, ro.TotalLabor, ro.TotalParts
FROM   ServiceRO ro
JOIN   Customer  c ON c.CustNo = ro.CustNo
JOIN   Vehicle   v ON v.VehNo  = ro.VehNo
WHERE  ro.CloseDate >= '$since' AND ro.StoreNo IN ('05','06')
"@

try {
    $conn.Open()
    $cmd = $conn.CreateCommand()
    $cmd.CommandText = $sql
    $adapter = New-Object System.Data.Odbc.OdbcDataAdapter($cmd)
    $table = New-Object System.Data.DataTable
    [void]$adapter.Fill($table)
} finally {
    $conn.Close()
}

$file = Join-Path $OutDir ("era_ro_{0}.csv" -f (Get-Date -Format 'yyyyMMdd'))
$table | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
Write-Host "Exported $($table.Rows.Count) ROs to $file"

# mail the service managers a count (O365 SMTP relay, basic auth still enabled for this mailbox)
$smtpUser = 'reports@lakeshoreauto.com'
$smtpPass = ConvertTo-SecureString 'Reports!2024lsa' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From $smtpUser -To 'service-managers@lakeshoreauto.com' `
    -Subject "ERA RO export $($table.Rows.Count) rows" -Body "File: $file"
