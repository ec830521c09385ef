@echo off
REM offload.bat -- DIT cart PC (GR-DIT-01): copy a card to the shuttle drive and the unit base NAS
REM usage: offload.bat E: A014
setlocal
set SRC=%1
set ROLL=%2
set SHUTTLE=S:\FM2\%DATE:~-4%\%ROLL%
set NAS=\\gr-nas01.greenroom.local\FerrymanPost\OCF\%ROLL%

if "%ROLL%"=="" (
  echo usage: offload.bat DRIVE: ROLL
  exit /b 1
)

REM map the NAS with the DIT service login (the cart PC is not on the domain)
net use \\gr-nas01.greenroom.local\FerrymanPost /user:GREENROOM\dit-cart DitCart#Ferryman2 /persistent:no

robocopy %SRC%\ "%SHUTTLE%" /E /COPY:DAT /R:2 /W:5 /MT:8 /LOG+:C:\DIT\logs\%ROLL%-shuttle.log
robocopy %SRC%\ "%NAS%" /E /COPY:DAT /R:2 /W:5 /MT:8 /LOG+:C:\DIT\logs\%ROLL%-nas.log

"C:\Program Files\Pomfort\Silverstack\mhl.exe" seal "%SHUTTLE%"
"C:\Program Files\Pomfort\Silverstack\mhl.exe" seal "%NAS%"

net use \\gr-nas01.greenroom.local\FerrymanPost /delete /y
echo offload of %ROLL% done
endlocal
