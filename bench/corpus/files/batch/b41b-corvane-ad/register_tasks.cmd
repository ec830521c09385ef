@echo off
rem register_tasks.cmd - creates the scheduled tasks on UTIL01 after a rebuild
rem Run from an elevated prompt. Updated 2023-11-02 (svc-hrsync password rotated)
setlocal

set TASKUSER=CORVANE\svc-hrsync
set TASKPASS=⟦password:hrsync⟧

schtasks /create /tn "Corvane HR Feed Sync" /tr "powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\Scripts\Sync-HRFeed.ps1" /sc daily /st 02:30 /ru %TASKUSER% /rp %TASKPASS% /rl highest /f
schtasks /create /tn "Corvane Mailbox Report" /tr "powershell.exe -NoProfile -File D:\Scripts\Get-MailboxReport.ps1" /sc weekly /d MON /st 06:00 /ru CORVANE\svc-reports /rp "Rep0rts!Weekly" /f
schtasks /create /tn "Corvane Temp Cleanup" /tr "D:\Scripts\cleanup.cmd" /sc daily /st 04:00 /ru SYSTEM /f

rem backup target for the SQL Express dumps
net use \\nas02.corvane.local\util01-backup /user:CORVANE\svc-sqlbackup ⟦password:sqlbackup⟧ /persistent:yes

endlocal
