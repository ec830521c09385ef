@echo off
REM run_lockbox_import.bat -- maps the lockbox share and runs nightly_lockbox.vbs
REM Task Scheduler on RMU-APP01, 06:00, "Run whether user is logged on or not"

setlocal
set LOG=D:\Scripts\logs\lockbox_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.log

net use L: /delete /y >nul 2>&1
net use L: \\rmu-fs01\ub /user:RIDGEWAY\svc_lockbox Lockbox$vc2018 /persistent:no >> %LOG% 2>&1
if errorlevel 1 (
  echo [%TIME%] could not map L: >> %LOG%
  exit /b 1
)

cscript //nologo D:\Scripts\nightly_lockbox.vbs >> %LOG% 2>&1

REM copy the processed files to the bank archive share (bank's SFTP pull location)
robocopy L:\lockbox\processed \\rmu-fs01\bank_outbound\lockbox_archive *.csv /MOV /R:2 /W:5 /NP >> %LOG%

net use L: /delete /y >nul 2>&1
endlocal
