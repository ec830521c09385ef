Attribute VB_Name = "modRateLookup"
'=================================================================================================
' Northfield Casualty - Commercial Auto rating engine (CA_RateEngine_2024.xlsm)
' Looks up base rates and factors from ActuarialMart so the workbook always uses the filed tables.
' Underwriters get a read-only copy; only Actuarial can run RefreshTables.
'=================================================================================================
Option Explicit

Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=nfc-sql-act01;Initial Catalog=ActuarialMart;" & _
    "User ID=rate_engine;Password=RateEng#2024!;Encrypt=Optional"
' 2023 workbook used: User ID=rate_engine;Password=RateEng#2023  (account still enabled - ticket ACT-77)

Public Sub RefreshTables()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR

    LoadTable cn, "SELECT class_code, base_rate FROM rate.ca_base_rates WHERE filing_id = 'NFC-CA-2024-01'", "BaseRates"
    LoadTable cn, "SELECT territory, factor FROM rate.ca_territory_factors WHERE filing_id = 'NFC-CA-2024-01'", "Territory"
    LoadTable cn, "SELECT radius_band, factor FROM rate.ca_radius_factors WHERE filing_id = 'NFC-CA-2024-01'", "Radius"
    LoadTable cn, "SELECT limit_code, ilf FROM rate.ca_ilf WHERE filing_id = 'NFC-CA-2024-01'", "ILF"

    cn.Close
    ThisWorkbook.Worksheets("Control").Range("B2").Value = Now
    MsgBox "Rate tables refreshed.", vbInformation
End Sub

Private Sub LoadTable(cn As Object, sql As String, sheetName As String)
    Dim rs As Object, ws As Worksheet
    Set rs = CreateObject("ADODB.Recordset")
    rs.Open sql, cn
    Set ws = ThisWorkbook.Worksheets(sheetName)
    ws.Range("A2:Z5000").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
End Sub

Public Function RatePremium(classCode As String, territory As String, radius As String, limitCode As String, units As Long) As Double
    Dim base As Double
    base = Application.WorksheetFunction.VLookup(classCode, ThisWorkbook.Worksheets("BaseRates").Range("A:B"), 2, False)
    RatePremium = base _
        * Application.WorksheetFunction.VLookup(territory, ThisWorkbook.Worksheets("Territory").Range("A:B"), 2, False) _
        * Application.WorksheetFunction.VLookup(radius, ThisWorkbook.Worksheets("Radius").Range("A:B"), 2, False) _
        * Application.WorksheetFunction.VLookup(limitCode, ThisWorkbook.Worksheets("ILF").Range("A:B"), 2, False) _
        * units
End Function
