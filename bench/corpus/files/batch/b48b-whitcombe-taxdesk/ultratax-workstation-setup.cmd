@echo off
setlocal
REM --------------------------------------------------------------------------
REM  Whitcombe Taylor - tax season workstation prep (UltraTax CS / GoSystem)
REM  Run as the local admin on each seasonal-staff PC. Updated 2024-01-08 KB.
REM --------------------------------------------------------------------------

set WT_FS=\\wt-fs01
set UT_DATA=%WT_FS%\WinCSI\UT24Data
set SQLSRV=wt-sql01\CSI

echo Mapping UltraTax data and shared installs...
net use U: %WT_FS%\WinCSI /persistent:yes
net use T: %WT_FS%\TaxScans /user:WHITCOMBE\svc-taxscan TaxSeason2024! /persistent:yes

REM CS Professional Suite uses a SQL login for the shared database (set by Thomson Reuters tech)
reg add "HKLM\SOFTWARE\WOW6432Node\CSI\Professional Suite\Database" /v Server /t REG_SZ /d "%SQLSRV%" /f
reg add "HKLM\SOFTWARE\WOW6432Node\CSI\Professional Suite\Database" /v UserName /t REG_SZ /d "csi_app" /f
reg add "HKLM\SOFTWARE\WOW6432Node\CSI\Professional Suite\Database" /v Password /t REG_SZ /d "⟦db_password:csisql⟧" /f

REM Fixed Assets CS license server
setx CSI_LICENSE_SERVER wt-lic01 /m

REM Drake (prior-year returns only) - read-only share
net use R: %WT_FS%\Drake23 /persistent:yes

REM Printer for e-file authorisation forms (8879) - PaperCut secure queue
rundll32 printui.dll,PrintUIEntry /in /n "\\wt-prt01\WT-FindMe"

echo Done. Reboot before first UltraTax launch.
endlocal
