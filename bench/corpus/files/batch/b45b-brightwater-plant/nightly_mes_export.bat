@echo off
rem ==========================================================================
rem  nightly_mes_export.bat   (BWP-APP03, Task Scheduler "MES nightly export" 01:30)
rem  1. maps the finance share
rem  2. dumps yesterday's production counts from BWP_MES to CSV
rem  3. pushes the CSV to the corporate SFTP for the ERP import
rem ==========================================================================
setlocal

set LOG=D:\Jobs\logs\mes_export_%date:~-4%%date:~4,2%%date:~7,2%.log
echo %date% %time% start >> %LOG%

net use M: /delete /y >nul 2>&1
net use M: \\bwp-fs01\mes_exports /user:BWP\svc_mesexport Mes3xport!2023 /persistent:no >> %LOG% 2>&1

sqlcmd -S bwp-sql01.bwp.local -d BWP_MES -U mes_reader -P ⟦password:mesreader⟧ ^
  -Q "SET NOCOUNT ON; EXEC rpt.usp_DailyCounts @Day = NULL" ^
  -s "," -W -h -1 -o M:\daily_counts.csv >> %LOG% 2>&1

if errorlevel 1 (
  echo sqlcmd failed >> %LOG%
  goto :fail
)

rem WinSCP session to corporate SFTP (key auth was "too fiddly" -- password for now)
"C:\Program Files (x86)\WinSCP\WinSCP.com" /log=D:\Jobs\logs\winscp.log /command ^
  "open sftp://bwp_mes:⟦password:sftp|url⟧@sftp.brightwaterplastics.com/ -hostkey=""ssh-ed25519 255 a1:3f:9c:0e:55:7b:21:d4:88:6a:f0:12:3c:9e:44:b7""" ^
  "put M:\daily_counts.csv /inbound/mes/" ^
  "exit" >> %LOG% 2>&1

net use M: /delete /y >nul 2>&1
echo %date% %time% done >> %LOG%
exit /b 0

:fail
powershell -NoProfile -Command "Send-MailMessage -SmtpServer smtp.bwp.local -From mes-jobs@bwp.local -To ot-support@brightwaterplastics.com -Subject 'MES nightly export FAILED' -Body (Get-Content '%LOG%' -Raw)"
exit /b 1
