@echo off
REM map-drives.bat - run at logon via GPO "Saguaro Drive Maps"
REM S: = practice share, Q: = QuickBooks client files, T: = tax software data (Lacerte)

net use S: /delete /y >nul 2>&1
net use Q: /delete /y >nul 2>&1
net use T: /delete /y >nul 2>&1

net use S: \\sag-fs01\practice /persistent:yes
net use Q: \\sag-fs01\quickbooks /persistent:yes
REM Lacerte data share uses a local account on the tax server (domain trust broke in 2022)
net use T: \\sag-tax01\LacerteData /user:sag-tax01\lacerte Lacerte2023! /persistent:yes

REM scanner drop folder for the front desk
if /I "%COMPUTERNAME%"=="SAG-FRONT01" net use P: \\sag-fs01\scans /persistent:yes
exit /b 0
