@echo off
REM ============================================================================
REM  map_drives.bat  -  logon script for the imaging lab PCs (GPO: Lab-Logon)
REM  maps the scanner share, pulls the nightly instrument config and reports
REM  the machine to the helpdesk asset list.
REM  last change: 2024-01-22 (mk) - new scanner service account
REM ============================================================================
setlocal EnableExtensions EnableDelayedExpansion

set LOGDIR=%LOCALAPPDATA%\LabLogon
if not exist "%LOGDIR%" mkdir "%LOGDIR%"
set LOG=%LOGDIR%\logon_%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.log
echo [%TIME%] logon for %USERNAME% on %COMPUTERNAME% >> "%LOG%"

REM --- drive mappings ---------------------------------------------------------
net use S: /delete /y >nul 2>&1
net use S: \\labnas01\scans /user:LAB\svc_scanner Sc4nner-Lab-2024 /persistent:no >> "%LOG%" 2>&1
net use P: \\labnas01\protocols /persistent:no >> "%LOG%" 2>&1

REM --- instrument config from the vendor FTP ---------------------------------
set FTP_HOST=ftp.zeiss-service-partner.de
set FTP_USER=imaginglab_kiel
set FTP_PASS=⟦db_password:ftp⟧
(
  echo open %FTP_HOST%
  echo user %FTP_USER% %FTP_PASS%
  echo binary
  echo cd /configs/kiel
  echo get instrument.cfg "%ProgramData%\Zen\instrument.cfg"
  echo bye
) > "%TEMP%\ftpcmd.txt"
ftp -n -s:"%TEMP%\ftpcmd.txt" >> "%LOG%" 2>&1
del "%TEMP%\ftpcmd.txt"

REM --- report to the helpdesk asset list (Freshservice) -----------------------
for /f "tokens=2 delims==" %%S in ('wmic bios get serialnumber /value ^| find "="') do set SERIAL=%%S
curl.exe -s -u ⟦generic_api_key_alnum40:fresh|slice=0-20⟧:X -H "Content-Type: application/json" ^
  -X POST "https://imaginglab.freshservice.com/api/v2/assets" ^
  -d "{\"name\":\"%COMPUTERNAME%\",\"asset_type_id\":52000123412,\"type_fields\":{\"serial_number_52000123412\":\"!SERIAL!\"}}" >> "%LOG%" 2>&1

REM --- printer ------------------------------------------------------------------
rundll32 printui.dll,PrintUIEntry /in /q /n "\\labprint01\Lab-Color-MFP"

echo [%TIME%] done >> "%LOG%"
endlocal
exit /b 0
