@echo off
REM Sign the shipping exe + anti-cheat launcher, then stage for Steam/EGS upload.
REM usage: sign_and_package.bat D:\builds\1.4.2
setlocal
set BUILD=%~1
if "%BUILD%"=="" (
  echo usage: %0 ^<build dir^>
  exit /b 1
)

set SIGNTOOL="C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe"
set PFX=C:\BuildSecrets\northwake-codesign-2025.pfx
set PFX_PASS=Nwk-CodeSign-2025!
set TS=http://timestamp.digicert.com

%SIGNTOOL% sign /f "%PFX%" /p %PFX_PASS% /fd SHA256 /tr %TS% /td SHA256 "%BUILD%\Tidebreak\Binaries\Win64\Tidebreak-Win64-Shipping.exe" || goto :fail
%SIGNTOOL% sign /f "%PFX%" /p %PFX_PASS% /fd SHA256 /tr %TS% /td SHA256 "%BUILD%\start_protected_game.exe" || goto :fail

REM Epic Games Store upload via BuildPatchTool
"C:\BuildPatchTool\Engine\Binaries\Win64\BuildPatchTool.exe" -OrganizationId=o-nwk7tb2q -ProductId=⟦b55b_eos_id:product⟧ -ArtifactId=⟦b55b_eos_id:artifact⟧ -ClientId=⟦b43a_eos_client_id:bpt⟧ -ClientSecret=⟦b39b_eos_client_secret:bpt⟧ -mode=UploadBinary -BuildRoot="%BUILD%" -CloudDir="%TEMP%\bpt" -BuildVersion=%~n1-win64 -AppLaunch=Tidebreak.exe -AppArgs="" || goto :fail

echo Done.
exit /b 0

:fail
echo FAILED with %ERRORLEVEL%
exit /b %ERRORLEVEL%
