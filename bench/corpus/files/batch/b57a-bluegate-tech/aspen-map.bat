@echo off
REM Aspen Vet - drive mappings (logon script, NETLOGON\aspen-map.bat)
REM Kennel building NAS is not domain joined, so it needs its own account :(

net use H: \\ASPEN-DC01\Users\%USERNAME% /persistent:no
net use P: \\ASPEN-DC01\Practice /persistent:no

REM kennel NAS (Synology DS220+), local account "frontdesk"
net use K: \\10.20.5.10\Kennel Kenn3l-Share! /user:frontdesk /persistent:no

if exist "%PROGRAMFILES%\AVImark\AVImark.exe" (
    net use V: \\ASPEN-DC01\AVImark /persistent:no
)

exit /b 0
