@echo off
REM  Harlow & Mercer - Litigation Support drive mappings
REM  GPO: HM Users > Litigation Support > Logon Script
REM  Maintainer: IT Ops (dokafor)   Rev: 2023-10-02

net use L: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1

net use L: \\hmfs02\litsupport /persistent:no
net use R: \\hmfs02\review_exports /persistent:no

REM  productions share on the Sterling-managed NAS is not domain joined, use the local account
net use P: \\10.40.12.8\productions /user:STERLINGNAS\hm_prod ProdShare!2023 /persistent:no

REM  Concordance / LAW PreDiscovery license server
set LAWLIC_SERVER=hmlic01.hm.local
set LAWLIC_PORT=27000

if exist "%ProgramFiles%\Nuix\Nuix Workstation\nuix_console.exe" (
    setx NUIX_LICENCE_SOURCE server:hmlic01.hm.local >nul
)
exit /b 0
