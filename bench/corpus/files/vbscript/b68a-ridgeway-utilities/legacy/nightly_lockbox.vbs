' nightly_lockbox.vbs
' Imports the bank lockbox payment file (First Ridgeway Bank, BAI2 converted to CSV by the bank)
' into the UB portal database so the "Pay My Bill" page shows payments made by mail.
' Written 2014 by R. Hollins. Still running on RMU-APP01 (Task Scheduler, 06:00).
Option Explicit

Const adOpenStatic = 3
Const adLockOptimistic = 3
Const INBOX = "\\rmu-fs01\ub\lockbox\inbox\"
Const DONE  = "\\rmu-fs01\ub\lockbox\processed\"

Dim conn, fso, folder, file, ts, line, parts, rs, count
Set fso = CreateObject("Scripting.FileSystemObject")
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=RMU-SQL01;Initial Catalog=UBPortal;User ID=lockbox_import;Password=Lockb0x!2014;"

count = 0
Set folder = fso.GetFolder(INBOX)
For Each file In folder.Files
  If LCase(fso.GetExtensionName(file.Name)) = "csv" Then
    Set ts = file.OpenAsTextStream(1)
    Do Until ts.AtEndOfStream
      line = ts.ReadLine
      parts = Split(line, ",")
      If UBound(parts) >= 3 And IsNumeric(parts(2)) Then
        Set rs = CreateObject("ADODB.Recordset")
        rs.Open "SELECT * FROM LockboxPayment WHERE 1=0", conn, adOpenStatic, adLockOptimistic
        rs.AddNew
        rs("AccountNumber") = Trim(parts(0))
        rs("CheckNumber") = Trim(parts(1))
        rs("Amount") = CDbl(parts(2))
        rs("DepositDate") = CDate(parts(3))
        rs("SourceFile") = file.Name
        rs.Update
        rs.Close
        count = count + 1
      End If
    Loop
    ts.Close
    fso.MoveFile file.Path, DONE & file.Name
  End If
Next

conn.Close
WScript.Echo "Imported " & count & " lockbox payments"
