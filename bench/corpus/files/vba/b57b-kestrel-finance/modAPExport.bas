Attribute VB_Name = "modAPExport"
'=====================================================================================
' AP Export macro – Close Tracker.xlsm
' Pulls open vendor invoices from the finance data mart, writes the AP aging sheet,
' and pushes the approved batch to Dataverse (kfin_paymentbatch) for the payment run.
'
' Author : Dana O. (Finance Systems)      Created: 2022-09-14
' Changes: 2023-03-02 DO  added Dataverse push (was manual CSV upload before)
'          2024-01-18 RM  switched SQL login to svc_ap_export (old DSN retired)
'          2024-10-07 DO  aging buckets 90+ split into 90-120 / 120+
'=====================================================================================
Option Explicit

Private Const SQL_SERVER As String = "kfin-sql-dm01.kestrelfinance.local"
Private Const SQL_DB As String = "FinanceDM"
' TODO move to Windows auth once IT adds the AP team to the DM readers group
Private Const SQL_USER As String = "svc_ap_export"
Private Const SQL_PWD As String = "Ap3xport#Kfin24"

Private Const DV_URL As String = "https://kestrelfin.crm4.dynamics.com"
Private Const DV_TENANT As String = "⟦b48b_entra_guid:tenant⟧"
Private Const DV_CLIENT_ID As String = "⟦b48b_entra_guid:ap-export-app⟧"
Private Const DV_CLIENT_SECRET As String = "⟦azure_ad_client_secret:ap-export⟧"

Private Const SHEET_AGING As String = "AP Aging"
Private Const SHEET_BATCH As String = "Payment Batch"

Public Sub RefreshAPAging()
    Dim cn As Object, rs As Object, ws As Worksheet
    Dim sql As String, r As Long

    On Error GoTo Fail
    Application.ScreenUpdating = False
    Application.StatusBar = "Connecting to " & SQL_SERVER & "..."

    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=MSOLEDBSQL;Server=" & SQL_SERVER & ";Database=" & SQL_DB & _
                          ";UID=" & SQL_USER & ";PWD=" & SQL_PWD & ";Encrypt=yes;TrustServerCertificate=yes;"
    cn.CommandTimeout = 120
    cn.Open

    sql = "SELECT v.VendorNo, v.VendorName, i.InvoiceNo, i.InvoiceDate, i.DueDate, i.AmountOpen, " & _
          "       DATEDIFF(day, i.DueDate, CAST(GETDATE() AS date)) AS DaysPastDue " & _
          "FROM ap.OpenInvoices i JOIN ap.Vendors v ON v.VendorNo = i.VendorNo " & _
          "WHERE i.AmountOpen <> 0 ORDER BY DaysPastDue DESC"

    Set rs = CreateObject("ADODB.Recordset")
    rs.Open sql, cn, 0, 1

    Set ws = ThisWorkbook.Worksheets(SHEET_AGING)
    ws.Range("A2:H20000").ClearContents
    ws.Range("A2").CopyFromRecordset rs

    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        ws.Cells(r, 8).Value = AgingBucket(ws.Cells(r, 7).Value)
    Next r

    rs.Close: cn.Close
    Application.StatusBar = "AP aging refreshed " & Format(Now, "dd-mmm hh:nn")
    GoTo Done
Fail:
    MsgBox "Refresh failed: " & Err.Description, vbExclamation, "AP Export"
Done:
    Application.ScreenUpdating = True
End Sub

Private Function AgingBucket(ByVal days As Long) As String
    Select Case days
        Case Is <= 0: AgingBucket = "Current"
        Case 1 To 30: AgingBucket = "1-30"
        Case 31 To 60: AgingBucket = "31-60"
        Case 61 To 90: AgingBucket = "61-90"
        Case 91 To 120: AgingBucket = "90-120"
        Case Else: AgingBucket = "120+"
    End Select
End Function

Private Function GetDataverseToken() As String
    Dim http As Object, body As String, resp As String, p As Long
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    body = "grant_type=client_credentials" & _
           "&client_id=" & DV_CLIENT_ID & _
           "&client_secret=" & URLEncode(DV_CLIENT_SECRET) & _
           "&scope=" & URLEncode(DV_URL & "/.default")
    http.Open "POST", "https://login.microsoftonline.com/" & DV_TENANT & "/oauth2/v2.0/token", False
    http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    http.send body
    resp = http.responseText
    p = InStr(resp, """access_token"":""")
    If p = 0 Then Err.Raise vbObjectError + 513, , "Token request failed: " & Left(resp, 300)
    resp = Mid(resp, p + 16)
    GetDataverseToken = Left(resp, InStr(resp, """") - 1)
End Function

Public Sub PushPaymentBatch()
    Dim tok As String, http As Object, ws As Worksheet, r As Long, json As String
    Set ws = ThisWorkbook.Worksheets(SHEET_BATCH)
    tok = GetDataverseToken()
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 9).Value = "Approved" Then
            json = "{""kfin_vendorno"":""" & ws.Cells(r, 1).Value & """," & _
                   """kfin_invoiceno"":""" & ws.Cells(r, 3).Value & """," & _
                   """kfin_amount"":" & Replace(CStr(ws.Cells(r, 6).Value), ",", ".") & "}"
            http.Open "POST", DV_URL & "/api/data/v9.2/kfin_paymentbatches", False
            http.setRequestHeader "Authorization", "Bearer " & tok
            http.setRequestHeader "Content-Type", "application/json"
            http.setRequestHeader "OData-Version", "4.0"
            http.send json
            ws.Cells(r, 10).Value = IIf(http.Status = 204, "Pushed " & Format(Now, "dd-mmm"), "ERR " & http.Status)
        End If
    Next r
End Sub

Private Function URLEncode(ByVal s As String) As String
    URLEncode = Application.WorksheetFunction.EncodeURL(s)
End Function
