Attribute VB_Name = "BillingRecon"
'==============================================================================
' BillingRecon.xlsm - monthly revenue reconciliation (Finance)
' Pulls billed kWh / revenue by rate class from the billing history DB (Db2) and
' the collections totals from the MVS extract, side by side on sheet "Recon".
' Author: A. Kaur (Revenue Accounting), 2021; maintained by whoever is on month-end.
'==============================================================================
Option Explicit

Private Const DB2_CONN As String = _
    "Driver={IBM DB2 ODBC DRIVER - DB2COPY1};Database=ORNBILL;Hostname=db2-prod.orinocoutilities.com;" & _
    "Port=50001;Protocol=TCPIP;Security=SSL;Uid=finread;Pwd=⟦db_password:finread⟧;"

' collections extract lands on the MVS side as ORN.PROD.COLL.MONTHLY; we pull it by FTP
Private Const MVS_HOST As String = "mvs1.orinocoutilities.com"
Private Const MVS_USER As String = "ORNFIN1"
Private Const MVS_PASS As String = "⟦b55a_racf_password:ornfin1⟧"

Public Sub RefreshRecon()
    Dim cn As Object, rs As Object, ws As Worksheet
    Dim periodEnd As String
    Set ws = ThisWorkbook.Worksheets("Recon")
    periodEnd = Format(ws.Range("B2").Value, "yyyy-mm-dd")

    Set cn = CreateObject("ADODB.Connection")
    cn.Open DB2_CONN
    Set rs = cn.Execute( _
        "SELECT RATE_CLASS, SUM(KWH) AS KWH, SUM(AMOUNT) AS REVENUE " & _
        "FROM BILL.BILL_LINE WHERE PERIOD_END = '" & periodEnd & "' " & _
        "GROUP BY RATE_CLASS ORDER BY RATE_CLASS")
    ws.Range("A6").CopyFromRecordset rs
    rs.Close
    cn.Close

    FetchCollections ws
    ws.Range("F2").Value = Now
End Sub

Private Sub FetchCollections(ws As Worksheet)
    Dim script As String, f As Integer, localFile As String
    localFile = Environ$("TEMP") & "\coll_monthly.txt"
    script = Environ$("TEMP") & "\coll.ftp"
    f = FreeFile
    Open script For Output As #f
    Print #f, "open " & MVS_HOST
    Print #f, "user " & MVS_USER & " " & MVS_PASS
    Print #f, "ascii"
    Print #f, "get 'ORN.PROD.COLL.MONTHLY' """ & localFile & """"
    Print #f, "bye"
    Close #f
    CreateObject("WScript.Shell").Run "ftp -n -s:""" & script & """", 0, True
    Kill script
    Workbooks.OpenText localFile, DataType:=xlFixedWidth
End Sub
