@echo off
REM Upload the approved BACS standard-18 file to the bureau's BACS submission server.
REM Called by the payroll run checklist step 14. Args: %1 = path to .txt file
setlocal
set PSCP="C:\Program Files\PuTTY\pscp.exe"
set HOST=bacs-bureau.thistledown.local
set BACSUSER=bacsupload

if "%~1"=="" (
  echo Usage: upload_bacs_file.bat path\to\bacs.txt
  exit /b 1
)

echo Uploading %~nx1 to %HOST% ...
%PSCP% -batch -pw Bacs2023upload! -hostkey "ssh-ed25519 255 SHA256:4bN0q1bX3Qm9r7tY2wZ5kLp8vC6dF0gH1jK3lM5nO7" "%~1" %BACSUSER%@%HOST%:/incoming/
if errorlevel 1 (
  echo Upload FAILED - do not tell the client the run is complete
  exit /b 1
)
echo Done. Now approve the submission in the BACS bureau software with your smartcard.
endlocal
