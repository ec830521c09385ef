Attribute VB_Name = "modCarrierRating"
'==============================================================================================
' Keystone Agency Group - HO3 comparative rater (HO3_Rater_v14.xlsm)
' Sheet "Input" holds the risk; this module pushes it to PL Rating (Vertafore) and to EZLynx,
' then fills the "Compare" sheet. Written by D. Pruitt 2019, patched by M. Bell.
'
' If PL Rating says "invalid credentials" the password expired: change it in the portal and
' update the constants below (yes, I know).
'==============================================================================================
Option Explicit

Private Const PLR_URL As String = "https://plrating.vertafore.com/api/v2/homeowners/rate"
Private Const PLR_USER As String = "kag_rater"
Private Const PLR_PASS As String = "⟦password:plrating⟧"

Private Const EZ_URL As String = "https://api.ezlynx.com/rating/v1/home/quote"
Private Const EZ_USER As String = "keystone.api"
Private Const EZ_PASS As String = "EzLynx@Keystone22"
'old EZ account before the agency merger:  kagcsr / Kag2019ez!

Private Const COMPARE_SHEET As String = "Compare"

Public Sub RateAllCarriers()
    Dim ws As Worksheet, outWs As Worksheet
    Set ws = ThisWorkbook.Worksheets("Input")
    Set outWs = ThisWorkbook.Worksheets(COMPARE_SHEET)
    outWs.Range("A2:F40").ClearContents

    Application.StatusBar = "Rating with PL Rating..."
    Dim plr As String
    plr = PostJson(PLR_URL, BuildRiskJson(ws), PLR_USER, PLR_PASS)
    WriteQuotes outWs, plr, "PLR"

    Application.StatusBar = "Rating with EZLynx..."
    Dim ez As String
    ez = PostJson(EZ_URL, BuildRiskJson(ws), EZ_USER, EZ_PASS)
    WriteQuotes outWs, ez, "EZL"

    Application.StatusBar = False
    outWs.Activate
End Sub

Private Function BuildRiskJson(ws As Worksheet) As String
    Dim s As String
    s = "{"
    s = s & """state"":""" & ws.Range("C4").Value & ""","
    s = s & """zip"":""" & ws.Range("C5").Value & ""","
    s = s & """yearBuilt"":" & ws.Range("C7").Value & ","
    s = s & """constructionType"":""" & ws.Range("C8").Value & ""","
    s = s & """coverageA"":" & ws.Range("C10").Value & ","
    s = s & """deductible"":" & ws.Range("C11").Value & ","
    s = s & """protectionClass"":""" & ws.Range("C12").Value & ""","
    s = s & """priorClaims"":" & ws.Range("C14").Value
    s = s & "}"
    BuildRiskJson = s
End Function

Private Function PostJson(url As String, body As String, user As String, pass As String) As String
    Dim http As Object
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", url, False
    http.setRequestHeader "Content-Type", "application/json"
    http.setRequestHeader "Authorization", "Basic " & Base64Encode(user & ":" & pass)
    http.send body
    If http.Status <> 200 Then
        MsgBox "Rating call failed (" & http.Status & "): " & Left(http.responseText, 300), vbExclamation
    End If
    PostJson = http.responseText
End Function

Private Sub WriteQuotes(outWs As Worksheet, json As String, source As String)
    Dim parts() As String, i As Long, r As Long
    parts = Split(json, "{""carrier"":")
    r = outWs.Cells(outWs.Rows.Count, 1).End(xlUp).Row + 1
    For i = 1 To UBound(parts)
        outWs.Cells(r, 1).Value = source
        outWs.Cells(r, 2).Value = Split(Split(parts(i), """")(1), """")(0)
        outWs.Cells(r, 3).Value = ExtractNumber(parts(i), """premium"":")
        r = r + 1
    Next i
End Sub

Private Function ExtractNumber(s As String, key As String) As Double
    Dim p As Long, q As Long
    p = InStr(s, key)
    If p = 0 Then Exit Function
    p = p + Len(key)
    q = p
    Do While q <= Len(s) And (Mid(s, q, 1) Like "[0-9.]")
        q = q + 1
    Loop
    ExtractNumber = Val(Mid(s, p, q - p))
End Function

Private Function Base64Encode(text As String) As String
    Dim xml As Object, node As Object
    Set xml = CreateObject("MSXML2.DOMDocument.6.0")
    Set node = xml.createElement("b64")
    node.DataType = "bin.base64"
    node.nodeTypedValue = StrConv(text, vbFromUnicode)
    Base64Encode = Replace(node.Text, vbLf, "")
End Function
