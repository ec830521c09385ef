' ============================================================================
' logon.vbs - Corvane Health user logon script (GPO "Corvane - Logon Script")
' Maps department drives, the scanner share, and writes a login record to the
' inventory database. Legacy: being replaced by GPP drive maps (INC-2207).
' ============================================================================
Option Explicit
On Error Resume Next

Dim objNetwork, objShell, objSysInfo, strUser, strComputer, strDept, objConn

Set objNetwork = CreateObject("WScript.Network")
Set objShell   = CreateObject("WScript.Shell")
Set objSysInfo = CreateObject("ADSystemInfo")

strUser     = objNetwork.UserName
strComputer = objNetwork.ComputerName

' --- home and department drives (user's own credentials) ---
objNetwork.MapNetworkDrive "H:", "\\fs01.corvane.local\home$\" & strUser, True
objNetwork.MapNetworkDrive "S:", "\\fs01.corvane.local\shared", True

' --- scanner share: the MFPs drop scans here with a shared account ---
objNetwork.MapNetworkDrive "X:", "\\nas01.corvane.local\scans", False, "CORVANE\svc-scan2folder", "Scan2Folder!2019"

' --- legacy lab results share (workgroup NAS, not domain joined) ---
objShell.Run "cmd /c net use L: \\10.12.4.20\labresults /user:labnas\labreader ⟦password:labnas⟧ /persistent:no", 0, True

' --- inventory record ---
Set objConn = CreateObject("ADODB.Connection")
objConn.Open "Provider=SQLOLEDB;Data Source=UTIL01\SQLEXPRESS;Initial Catalog=Inventory;User ID=inv_writer;Password=⟦db_password:inv⟧;"
objConn.Execute "INSERT INTO LogonEvents (UserName, ComputerName, LogonTime) VALUES ('" & strUser & "','" & strComputer & "', GETDATE())"
objConn.Close

Set objConn = Nothing
Set objNetwork = Nothing
Set objShell = Nothing
WScript.Quit 0
