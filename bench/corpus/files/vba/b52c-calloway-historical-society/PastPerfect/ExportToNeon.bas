Attribute VB_Name = "ExportToNeon"
' ---------------------------------------------------------------------------
' Donor sync: PastPerfect "Contacts" export (Excel) -> Neon CRM accounts
' Workbook: PP_Contacts_Export.xlsm  (macro runs from the "Sync to Neon" button)
' Written by G. Farris, 2022. Needs: Tools > References > Microsoft XML, v6.0
' ---------------------------------------------------------------------------
Option Explicit

Private Const NEON_URL As String = "https://api.neoncrm.com/v2"
Private Const NEON_ORG As String = "callowayhistory"
Private Const NEON_KEY As String = "⟦b52c_neoncrm_api_key:vba⟧"
Private Const NEON_VERSION As String = "2.8"

Private Function Base64(ByVal text As String) As String
    Dim xml As Object, node As Object, bytes() As Byte
    bytes = StrConv(text, vbFromUnicode)
    Set xml = CreateObject("MSXML2.DOMDocument.6.0")
    Set node = xml.createElement("b64")
    node.DataType = "bin.base64"
    node.nodeTypedValue = bytes
    Base64 = Replace(node.Text, vbLf, "")
End Function

Private Function NeonPost(ByVal path As String, ByVal body As String) As String
    Dim http As Object
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", NEON_URL & path, False
    http.setRequestHeader "Authorization", "Basic " & Base64(NEON_ORG & ":" & NEON_KEY)
    http.setRequestHeader "NEON-API-VERSION", NEON_VERSION
    http.setRequestHeader "Content-Type", "application/json"
    http.send body
    If http.Status >= 400 Then
        Err.Raise vbObjectError + 513, "NeonPost", "Neon returned " & http.Status & ": " & Left(http.responseText, 200)
    End If
    NeonPost = http.responseText
End Function

Private Function JsonEscape(ByVal s As String) As String
    s = Replace(s, "\", "\\")
    s = Replace(s, """", "\""")
    JsonEscape = s
End Function

Public Sub SyncToNeon()
    Dim ws As Worksheet, r As Long, lastRow As Long, body As String, ok As Long, bad As Long
    Set ws = ThisWorkbook.Worksheets("Contacts")
    lastRow = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For r = 2 To lastRow
        If ws.Cells(r, 12).Value <> "synced" Then
            body = "{""individualAccount"":{""primaryContact"":{" & _
                   """firstName"":""" & JsonEscape(ws.Cells(r, 2).Value) & """," & _
                   """lastName"":""" & JsonEscape(ws.Cells(r, 3).Value) & """," & _
                   """email1"":""" & JsonEscape(ws.Cells(r, 5).Value) & """}}," & _
                   """source"":{""name"":""PastPerfect""}}"
            On Error Resume Next
            NeonPost "/accounts", body
            If Err.Number = 0 Then
                ws.Cells(r, 12).Value = "synced"
                ok = ok + 1
            Else
                ws.Cells(r, 12).Value = "ERROR " & Err.Description
                bad = bad + 1
                Err.Clear
            End If
            On Error GoTo 0
        End If
    Next r
    MsgBox ok & " contacts synced, " & bad & " errors.", vbInformation, "Neon sync"
End Sub
