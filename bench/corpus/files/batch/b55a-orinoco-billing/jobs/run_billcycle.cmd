@echo off
rem =============================================================================
rem run_billcycle.cmd - Orinoco Utilities monthly bill cycle on ORN-BILL-APP02
rem   (Micro Focus Visual COBOL 9 runtime, rehosted from the MVS BILLCYC JCL in 2019)
rem   Steps mirror the old JCL: BC010 extract, BC020 rate, BC030 print file, BC040 FTP
rem   Scheduled by Control-M job ORN_BILLCYC_%CYCLE%
rem =============================================================================
setlocal enabledelayedexpansion
set CYCLE=%1
if "%CYCLE%"=="" set CYCLE=01

set COBDIR=C:\Program Files (x86)\Micro Focus\Visual COBOL
set PATH=%COBDIR%\bin64;%PATH%
set BILLHOME=D:\billing
set DD_METERIN=%BILLHOME%\data\meter_reads_c%CYCLE%.dat
set DD_CUSTMAST=%BILLHOME%\data\CUSTMAST.dat
set DD_RATETBL=%BILLHOME%\data\RATETBL.dat
set DD_BILLOUT=%BILLHOME%\out\bills_c%CYCLE%.dat
set DD_PRINTOUT=%BILLHOME%\out\print_c%CYCLE%.afp

rem --- Db2 LUW (billing history) via the CLI driver, COBOL programs use these --------
set MFDB2_DSN=ORNBILL
set MFDB2_UID=billbatch
set MFDB2_PWD=⟦db_password:billbatch⟧

echo [%TIME%] BC010 extract
run BILL010 || goto :fail
echo [%TIME%] BC020 rate
run BILL020 || goto :fail
echo [%TIME%] BC030 print file
run BILL030 || goto :fail

rem --- BC040: encrypt for the print vendor and send -----------------------------------
echo [%TIME%] BC040 encrypt + FTP
"C:\Program Files (x86)\GnuPG\bin\gpg.exe" --batch --yes --pinentry-mode loopback ^
  --passphrase "⟦password:gpgsign⟧" --local-user billing-outbound@orinocoutilities.com ^
  --recipient ops@printvendor-docuprint.example.com --sign --encrypt ^
  -o "%DD_PRINTOUT%.gpg" "%DD_PRINTOUT%" || goto :fail

set FTPS=%TEMP%\bc040.ftp
> "%FTPS%" echo open ftp.printvendor-docuprint.example.com
>>"%FTPS%" echo user orinoco_print ⟦password:printftp⟧
>>"%FTPS%" echo binary
>>"%FTPS%" echo cd /incoming/orinoco
>>"%FTPS%" echo put "%DD_PRINTOUT%.gpg"
>>"%FTPS%" echo bye
ftp -n -s:"%FTPS%" || goto :fail
del "%FTPS%"

echo [%TIME%] cycle %CYCLE% complete
exit /b 0

:fail
echo [%TIME%] cycle %CYCLE% FAILED at step (errorlevel %ERRORLEVEL%)
exit /b 8
