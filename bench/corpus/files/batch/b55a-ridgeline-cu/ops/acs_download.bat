@echo off
rem ------------------------------------------------------------------------------
rem acs_download.bat - pull the GL trial balance spool to a PC file for Finance.
rem Runs on FIN-PC-07 from Task Scheduler every business day at 06:15.
rem ACS itself can't take a password on the command line, so this uses plain FTP
rem with a generated script. Owner: Finance IT (M. Whitfield)
rem ------------------------------------------------------------------------------
setlocal
set HOST=as400prd.ridgelinecu.local
set OUT=\\rcu-fs01\finance\gl\%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
set SCRIPT=%TEMP%\glftp.txt

if not exist "%OUT%" mkdir "%OUT%"

rem GL reader profile, *USER class, no sign-on menu
> "%SCRIPT%" echo open %HOST%
>>"%SCRIPT%" echo user GLREAD ⟦b55a_ibmi_password:glread⟧
>>"%SCRIPT%" echo quote site namefmt 0
>>"%SCRIPT%" echo ascii
>>"%SCRIPT%" echo get CUGL.GLTRIAL "%OUT%\gltrial.txt"
>>"%SCRIPT%" echo get CUGL.GLDETAIL "%OUT%\gldetail.txt"
>>"%SCRIPT%" echo bye

ftp -n -i -s:"%SCRIPT%" > "%OUT%\ftp.log" 2>&1
del "%SCRIPT%"

rem mail Finance when done (internal relay, no auth)
powershell -NoProfile -Command "Send-MailMessage -SmtpServer relay.ridgelinecu.local -From gl-bot@ridgelinecu.org -To finance@ridgelinecu.org -Subject 'GL trial balance ready' -Body '%OUT%'"
endlocal
