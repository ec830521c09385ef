@echo off
REM credentials come from the build agent environment
set NUGET_SOURCE=https://api.nuget.org/v3/index.json
dotnet nuget push artifacts\*.nupkg --api-key %NUGET_API_KEY% --source %NUGET_SOURCE%
sqlcmd -S %SQL_SERVER% -U %SQL_USER% -P %SQL_PASSWORD% -i migrate.sql
curl -u %ARTIFACTORY_USER%:%ARTIFACTORY_TOKEN% -T build.zip %ARTIFACTORY_URL%/releases/
if "%DEPLOY_TOKEN%"=="" (echo DEPLOY_TOKEN is not set & exit /b 1)
