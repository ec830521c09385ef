@echo off
REM ===================================================================
REM  Ridgeline Builders - jobsite trailer drive mappings
REM  Pushed to the trailer PCs (not domain joined) by the field IT kit.
REM  Last edit: M. Ortega 2023-09-18
REM ===================================================================

set FS=rdl-fs01.ridgeline.local
set SVC=RIDGELINE\svc_trailer

REM VPN must be up first (Meraki Z3 in each trailer)
ping -n 1 %FS% >nul || (echo File server not reachable - is the Z3 online? & pause & exit /b 1)

net use P: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use T: /delete /y >nul 2>&1

net use P: \\%FS%\Projects /user:%SVC% Tr@iler-Fs-2023 /persistent:yes
net use S: \\%FS%\Safety /user:%SVC% Tr@iler-Fs-2023 /persistent:yes
net use T: \\%FS%\Templates /persistent:yes

REM plotter in the trailer
rundll32 printui.dll,PrintUIEntry /in /n "\\%FS%\TRAILER-HP-T650"

echo Drives mapped.
timeout /t 5
