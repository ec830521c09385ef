Attribute VB_Name = "PnL_Recon"
'==============================================================================================
' PnL_Recon  --  daily broker-vs-internal P&L reconciliation (Desk/Risk/PnL_Recon.xlsm)
' Pulls fills from the sim/ledger SQL Server, FX rates from Alpha Vantage, writes the Recon sheet.
' Author: D. Mehta  2023-06 / edits M. Kowalski 2025-01
'==============================================================================================
Option Explicit

Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Server=tcp:ledger-sql.tidewater.local,1433;" & _
    "Database=Ledger;User ID=recon_xl;Password=⟦password:vba⟧;Encrypt=yes;TrustServerCertificate=yes;"

Private Const AV_KEY As String = "⟦alphavantage_key:vba⟧"
Private Const AV_URL As String = "https://www.alphavantage.co/query?function=FX_DAILY&from_symbol={F}&to_symbol=USD&apikey="

Public Sub RunRecon()
    Dim conn As Object, rs As Object
    Dim ws As Worksheet
    Dim tradeDate As String
    Dim r As Long

    Set ws = ThisWorkbook.Worksheets("Recon")
    tradeDate = Format(ws.Range("B1").Value, "yyyy-mm-dd")

    Set conn = CreateObject("ADODB.Connection")
    conn.Open CONN_STR
    Set rs = conn.Execute( _
        "SELECT broker, account, symbol, SUM(realized_pnl) AS pnl, MAX(ccy) AS ccy " & _
        "FROM fills WHERE trade_date = '" & tradeDate & "' GROUP BY broker, account, symbol")

    ws.Range("A5:H2000").ClearContents
    r = 5
    Do While Not rs.EOF
        ws.Cells(r, 1).Value = rs!broker
        ws.Cells(r, 2).Value = rs!account
        ws.Cells(r, 3).Value = rs!symbol
        ws.Cells(r, 4).Value = rs!pnl
        ws.Cells(r, 5).Value = rs!ccy
        ws.Cells(r, 6).Value = rs!pnl * FxToUsd(CStr(rs!ccy), tradeDate)
        ws.Cells(r, 7).Formula = "=IFERROR(VLOOKUP(C" & r & ",Broker!A:D,4,FALSE),0)"
        ws.Cells(r, 8).Formula = "=F" & r & "-G" & r
        r = r + 1
        rs.MoveNext
    Loop
    rs.Close
    conn.Close
    ws.Range("B2").Value = Now
End Sub

Private Function FxToUsd(ccy As String, d As String) As Double
    Static cache As Object
    If cache Is Nothing Then Set cache = CreateObject("Scripting.Dictionary")
    If ccy = "USD" Then FxToUsd = 1#: Exit Function
    If cache.Exists(ccy & d) Then FxToUsd = cache(ccy & d): Exit Function

    Dim http As Object, body As String, p As Long
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", Replace(AV_URL, "{F}", ccy) & AV_KEY, False
    http.send
    body = http.responseText
    p = InStr(body, """" & d & """")
    If p = 0 Then FxToUsd = 0#: Exit Function
    p = InStr(p, body, """4. close"": """) + 13
    FxToUsd = CDbl(Mid(body, p, InStr(p, body, """") - p))
    cache(ccy & d) = FxToUsd
End Function
