@echo off
REM ======================================================================
REM  HL RDS session host logon script (GPO: HL-RDS-User-Logon)
REM  Maps practice drives and the scan-to-folder share for the MFPs.
REM ======================================================================

net use H: /delete /y >nul 2>&1
net use H: \\hl-fs01\home$\%USERNAME% /persistent:no

net use M: \\hl-fs01\matters /persistent:no
net use P: \\hl-fs01\precedents /persistent:no

REM Scan share is owned by the scanner service account so every user can pick up scans.
REM (temporary until the MFPs move to Scan to OneDrive - see CHG-4502)
net use S: \\hl-fs01\scans$ /user:HL\svc-scan2folder Sc4nT0Folder! /persistent:no

REM Billing team only
ifmember "HL\GG-Billing" && net use B: \\hl-fs01\billing /persistent:no

REM Elite 3E client needs the report server mapped with a SQL login
if exist "%ProgramFiles%\Elite\3E\Elite3E.exe" (
  setx E3E_REPORTSERVER "https://hl-ssrs01/ReportServer" >nul
  cmdkey /generic:hl-ssrs01 /user:HL\svc-ssrs-reader /pass:⟦db_password:ssrs⟧ >nul
)

exit /b 0
