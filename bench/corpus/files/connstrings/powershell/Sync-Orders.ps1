<#
.SYNOPSIS
    Nightly copy of the orders table from SQL Server to the reporting database.
#>
param(
    [string]$Since = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
)

$source = "Server=sql-orders.contoso.local;Database=Orders;User Id=sync_reader;Password=Sync-Reader-77;"
$target = "Server=sql-rpt.contoso.local;Database=Reporting;User Id=sync_writer;Password=⟦db_password:writer⟧;TrustServerCertificate=True"

$conn = New-Object System.Data.SqlClient.SqlConnection $source
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT * FROM dbo.Orders WHERE ModifiedAt >= @since"
$null = $cmd.Parameters.AddWithValue('@since', $Since)
$reader = $cmd.ExecuteReader()

$bulk = New-Object System.Data.SqlClient.SqlBulkCopy($target)
$bulk.DestinationTableName = 'stage.Orders'
$bulk.WriteToServer($reader)
$conn.Close()

$secure = ConvertTo-SecureString 'Adm1n-Sync!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\svc_sync', $secure)
Invoke-Command -ComputerName rpt01 -Credential $cred -ScriptBlock { Restart-Service ReportRefresh }
Send-MailMessage -To 'bi@contoso.com' -Subject "Orders synced since $Since" -SmtpServer smtp.contoso.local
