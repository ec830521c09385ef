@echo off
REM ---------------------------------------------------------------------------
REM deploy_rf_apk.cmd  -  push a new HV WMS RF build to the DC3 handhelds
REM usage: deploy_rf_apk.cmd 5.2.3
REM Uploads the APK to MobiControl and assigns it to the DC3/TC52 device group.
REM ---------------------------------------------------------------------------
setlocal EnableDelayedExpansion

set VERSION=%1
if "%VERSION%"=="" (
  echo usage: %~nx0 ^<version^>
  exit /b 1
)

set APK=\\dc3-fs01\builds\hvwms-rf\%VERSION%\hvwms-rf-%VERSION%.apk
set MC_URL=https://mdm.halvorsen.com/MobiControl/api
set MC_CLIENT_ID=⟦uuid:mcclient⟧
set MC_CLIENT_SECRET=⟦generic_api_key_alnum40:mcsecret⟧
set MC_USER=svc_rfdeploy
set MC_PASS=RfDeploy#2024

echo [%time%] requesting MobiControl token...
curl -s -k -X POST "%MC_URL%/token" ^
  -u "%MC_CLIENT_ID%:%MC_CLIENT_SECRET%" ^
  -H "Content-Type: application/x-www-form-urlencoded" ^
  -d "grant_type=password&username=%MC_USER%&password=%MC_PASS%" > %TEMP%\mc_token.json
for /f "tokens=2 delims=:," %%a in ('findstr access_token %TEMP%\mc_token.json') do set MC_TOKEN=%%~a

echo [%time%] uploading %APK%
curl -s -k -X POST "%MC_URL%/packages" ^
  -H "Authorization: Bearer %MC_TOKEN%" ^
  -F "file=@%APK%" -F "name=HVWMS-RF-%VERSION%"

REM staging devices on the bench get it over adb first
for %%S in (22281523021344 22281523021367) do (
  adb -s %%S install -r "%APK%"
)

del %TEMP%\mc_token.json
echo done.
endlocal
