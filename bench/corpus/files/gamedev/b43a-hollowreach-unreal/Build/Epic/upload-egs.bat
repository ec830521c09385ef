@echo off
rem Upload a build to the Epic Games Store with BuildPatchTool.
rem usage: upload-egs.bat <BuildVersion> [Live|Stage]
setlocal

set BPT=C:\Tools\BuildPatchTool\Engine\Binaries\Win64\BuildPatchTool.exe
set ORG_ID=o-⟦md5:org|slice=0-26⟧
set PRODUCT_ID=⟦md5:product⟧
set ARTIFACT_ID=⟦md5:artifact⟧
set CLIENT_ID=⟦b43a_eos_client_id:bpt⟧
set CLIENT_SECRET=⟦b39b_eos_client_secret:bpt⟧

"%BPT%" -mode=UploadBinary ^
  -OrganizationId="%ORG_ID%" ^
  -ProductId="%PRODUCT_ID%" ^
  -ArtifactId="%ARTIFACT_ID%" ^
  -ClientId="%CLIENT_ID%" ^
  -ClientSecretEnvVar=CLIENT_SECRET ^
  -BuildRoot="%~dp0..\..\Saved\StagedBuilds\Windows" ^
  -CloudDir="%TEMP%\bpt-cloud" ^
  -BuildVersion="%1" ^
  -AppLaunch="Hollowreach.exe" ^
  -AppArgs="" ^
  -FileIgnoreList="%~dp0ignore.txt"

if errorlevel 1 exit /b 1
endlocal
