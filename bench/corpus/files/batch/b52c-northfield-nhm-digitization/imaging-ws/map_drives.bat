@echo off
REM ---------------------------------------------------------------
REM  map_drives.bat - herbarium imaging stations (imaging-ws-01/02)
REM  Runs at logon for the shared "imaging" Windows account.
REM ---------------------------------------------------------------
net use * /delete /y >nul 2>&1

REM collections NAS (Synology, share "Herbarium")
net use H: \\nnhm-nas01\Herbarium /user:NNHM\svc-imaging Pressed&Dried1899 /persistent:no

REM scratch space for Capture One cache
net use S: \\nnhm-nas01\Scratch /user:NNHM\svc-imaging Pressed&Dried1899 /persistent:no

REM Specify 7 attachment server share (read-only)
net use T: \\specify-asset01\attachments /user:specify_ro ⟦password:specify-share⟧ /persistent:no

echo Drives mapped.
timeout /t 3 >nul
