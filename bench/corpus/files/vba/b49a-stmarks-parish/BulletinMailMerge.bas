Attribute VB_Name = "BulletinMailMerge"
'------------------------------------------------------------------------------------------
' Bulletin & Giving Statement mail merge
' Lives in Normal.dotm on the office PC. Runs the Word mail merge against GivingStatements.xlsx
' and emails each family their PDF through the parish Office 365 mailbox via CDO.
' Author: Tom Becker, Jan 2023
'------------------------------------------------------------------------------------------
Option Explicit

Private Const SMTP_SERVER As String = "smtp.office365.com"
Private Const SMTP_PORT As Long = 587
Private Const SMTP_USER As String = "giving@stmarks-parish.org"
Private Const SMTP_PASS As String = "Offertory#2023"
Private Const OUT_DIR As String = "C:\Users\Public\Documents\GivingStatements\2023\"

Public Sub SendGivingStatements()
    Dim doc As Document
    Dim ds As MailMergeDataSource
    Dim i As Long, total As Long
    Dim familyName As String, toAddr As String, pdfPath As String

    Set doc = ActiveDocument
    Set ds = doc.MailMerge.DataSource
    total = ds.RecordCount

    For i = 1 To total
        ds.ActiveRecord = i
        familyName = ds.DataFields("FamilyName").Value
        toAddr = Trim$(ds.DataFields("Email").Value)
        If Len(toAddr) = 0 Then GoTo NextRecord

        doc.MailMerge.Destination = wdSendToNewDocument
        ds.FirstRecord = i
        ds.LastRecord = i
        doc.MailMerge.Execute Pause:=False

        pdfPath = OUT_DIR & Replace(familyName, " ", "_") & "_2023.pdf"
        ActiveDocument.ExportAsFixedFormat OutputFileName:=pdfPath, ExportFormat:=wdExportFormatPDF
        ActiveDocument.Close SaveChanges:=wdDoNotSaveChanges

        SendOne toAddr, familyName, pdfPath
NextRecord:
    Next i
    MsgBox "Sent " & total & " statements.", vbInformation
End Sub

Private Sub SendOne(ByVal toAddr As String, ByVal familyName As String, ByVal pdfPath As String)
    Dim msg As Object, conf As Object
    Const schema As String = "http://schemas.microsoft.com/cdo/configuration/"
    Set msg = CreateObject("CDO.Message")
    Set conf = CreateObject("CDO.Configuration")
    With conf.Fields
        .Item(schema & "sendusing") = 2
        .Item(schema & "smtpserver") = SMTP_SERVER
        .Item(schema & "smtpserverport") = SMTP_PORT
        .Item(schema & "smtpauthenticate") = 1
        .Item(schema & "sendusername") = SMTP_USER
        .Item(schema & "sendpassword") = SMTP_PASS
        .Item(schema & "smtpusessl") = True
        .Update
    End With
    With msg
        Set .Configuration = conf
        .From = "St. Mark's Parish <" & SMTP_USER & ">"
        .To = toAddr
        .Subject = "Your 2023 giving statement - St. Mark's Parish"
        .TextBody = "Dear " & familyName & "," & vbCrLf & vbCrLf & _
            "Thank you for your generosity in 2023. Your contribution statement is attached." & vbCrLf & _
            "No goods or services were provided in exchange for these gifts." & vbCrLf & vbCrLf & _
            "Peace, " & vbCrLf & "St. Mark's Parish Office"
        .AddAttachment pdfPath
        .Send
    End With
End Sub
