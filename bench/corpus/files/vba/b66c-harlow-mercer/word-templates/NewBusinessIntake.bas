Attribute VB_Name = "NewBusinessIntake"
' HM New Business Intake template (HM-NBI.dotm)
' Looks up the proposed client against the conflicts engine before the letter is generated.
' Author: Knowledge Management (L. Chu), 2021. Updated for the new intranet API 2023-06.

Option Explicit

Private Const CONFLICTS_URL As String = "https://docket.hm.local/api/conflicts/search"
' basic auth for the intranet API service account (cannot use Windows auth from Word on Mac)
Private Const API_USER As String = "svc_wordnbi"
Private Const API_PASS As String = "NBI-Word-2023!"

Public Sub CheckConflicts()
    Dim party As String
    party = Trim(ActiveDocument.ContentControls(1).Range.Text)
    If Len(party) = 0 Then
        MsgBox "Enter the proposed client name first.", vbExclamation
        Exit Sub
    End If

    Dim http As Object
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", CONFLICTS_URL, False
    http.setRequestHeader "Content-Type", "application/json"
    http.setRequestHeader "Authorization", "Basic " & Base64Encode(API_USER & ":" & API_PASS)
    http.send "{""name"":""" & Replace(party, """", "\""") & """,""fuzzy"":true}"

    If http.Status <> 200 Then
        MsgBox "Conflicts service returned " & http.Status, vbCritical
        Exit Sub
    End If

    If InStr(http.responseText, """hits"":[]") > 0 Then
        ActiveDocument.Variables("ConflictsCleared").Value = Format(Now, "yyyy-mm-dd hh:nn")
        MsgBox "No conflicts found for " & party & ".", vbInformation
    Else
        MsgBox "Potential conflicts found. The request has been routed to New Business.", vbExclamation
    End If
End Sub

Private Function Base64Encode(ByVal s As String) As String
    Dim xml As Object, node As Object
    Set xml = CreateObject("MSXML2.DOMDocument")
    Set node = xml.createElement("b64")
    node.DataType = "bin.base64"
    node.nodeTypedValue = StrConv(s, vbFromUnicode)
    Base64Encode = Replace(node.Text, vbLf, "")
End Function
