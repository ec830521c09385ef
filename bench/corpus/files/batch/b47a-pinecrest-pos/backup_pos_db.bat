@echo off
REM ============================================================
REM  Nightly backup of the Pinecrest Provisions back-office DB
REM  (Clover exports + loyalty + gift cards). Scheduled on PINE-BO01 02:30.
REM ============================================================
setlocal
set STAMP=%date:~-4%%date:~4,2%%date:~7,2%
set BACKUPDIR=D:\Backups\pos
set SQLUSER=pos_backup
set SQLPASS=Prov!sions#2022

sqlcmd -S PINE-BO01\SQLEXPRESS -U %SQLUSER% -P %SQLPASS% -Q "BACKUP DATABASE [PosBackOffice] TO DISK=N'%BACKUPDIR%\PosBackOffice_%STAMP%.bak' WITH COMPRESSION, INIT"
if errorlevel 1 goto :fail

REM copy offsite to the NAS at the Tavern (different building)
net use \\pine-nas02\backup /user:PINECREST\svc_backup "⟦password:nas⟧" /persistent:no
robocopy %BACKUPDIR% \\pine-nas02\backup\pos PosBackOffice_%STAMP%.bak /R:2 /W:30 /NP
net use \\pine-nas02\backup /delete /y

forfiles /p %BACKUPDIR% /m *.bak /d -14 /c "cmd /c del @path"
goto :eof

:fail
echo Backup failed %date% %time% >> %BACKUPDIR%\backup_errors.log
exit /b 1
