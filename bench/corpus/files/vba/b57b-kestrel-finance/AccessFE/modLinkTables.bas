Attribute VB_Name = "modLinkTables"
' Vendor Master.accdb (front-end) – relinks the SQL Server back-end tables on startup.
' Called from AutoExec macro -> RunCode RelinkAll()
' Back-end moved from the old Access BE (\\kfin-fs01\finance$\VendorMaster_be.accdb) to SQL in 2021.
Option Compare Database
Option Explicit

' prod
Private Const CONN_PROD As String = "ODBC;DRIVER={ODBC Driver 17 for SQL Server};SERVER=kfin-sql-app02;DATABASE=VendorMaster;UID=vm_frontend;PWD=VendorM@ster2021;APP=Vendor Master FE"
' uat – same login, different password (set by Rahul)
Private Const CONN_UAT As String = "ODBC;DRIVER={ODBC Driver 17 for SQL Server};SERVER=kfin-sql-uat01;DATABASE=VendorMaster;UID=vm_frontend;PWD=uatVendor!22;APP=Vendor Master FE (UAT)"

Private Const LINKED_TABLES As String = "dbo_Vendors;dbo_VendorBank;dbo_VendorContacts;dbo_PaymentTerms;dbo_AuditLog"

Public Function RelinkAll() As Boolean
    Dim db As DAO.Database, td As DAO.TableDef
    Dim target As String, name As Variant

    target = IIf(Environ("KFIN_ENV") = "UAT", CONN_UAT, CONN_PROD)
    Set db = CurrentDb

    For Each name In Split(LINKED_TABLES, ";")
        On Error Resume Next
        db.TableDefs.Delete name
        On Error GoTo 0
        Set td = db.CreateTableDef(name)
        td.Connect = target
        td.SourceTableName = Replace(name, "dbo_", "dbo.")
        td.Attributes = dbAttachSavePWD
        db.TableDefs.Append td
    Next name

    db.TableDefs.Refresh
    RelinkAll = True
End Function

Public Function CurrentBackend() As String
    CurrentBackend = Split(Split(CurrentDb.TableDefs("dbo_Vendors").Connect, "SERVER=")(1), ";")(0)
End Function
