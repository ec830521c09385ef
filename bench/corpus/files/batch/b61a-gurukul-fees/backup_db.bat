@echo off
REM ==== Gurukul ERP nightly backup (Task Scheduler, 01:30) ====
REM written by Zenith Softech, 2021. do not change paths.
setlocal
set BKDIR=E:\Backup\GurukulERP
set STAMP=%date:~-4%%date:~3,2%%date:~0,2%

"C:\Program Files\MySQL\MySQL Server 8.0\bin\mysqldump.exe" -u root -pGurukul@123 --single-transaction --routines gurukul_fees > "%BKDIR%\gurukul_fees_%STAMP%.sql"
sqlcmd -S GPS-DB01\SQL2019 -U sa -P "Sa@Gurukul2019" -Q "BACKUP DATABASE GurukulERP TO DISK='%BKDIR%\GurukulERP_%STAMP%.bak' WITH COMPRESSION, INIT"

"C:\Program Files\7-Zip\7z.exe" a "%BKDIR%\erp_%STAMP%.7z" "%BKDIR%\*_%STAMP%.*" -pZenith#Backup -mhe=on
REM upload offsite (vendor FTP)
"C:\Program Files (x86)\WinSCP\WinSCP.com" /command "open ftps://gurukul:Ftp%%40Gurukul22@backup.zenithsoftech.in/" "put %BKDIR%\erp_%STAMP%.7z /gurukul/" "exit"
forfiles /p "%BKDIR%" /m *.* /d -15 /c "cmd /c del @path"
endlocal
