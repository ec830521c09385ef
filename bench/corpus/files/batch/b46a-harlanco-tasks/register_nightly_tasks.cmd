@echo off
REM register_nightly_tasks.cmd -- (re)creates the nightly jobs on HCAPP03 after a rebuild.
REM Run elevated. Jobs run as domain service accounts so they can reach \\hcfs01.

set RUNAS=HARLANCO\svc_munis
set RUNPW=Munis$Harlan2021!

schtasks /create /f /tn "County\Munis AP Positive Pay" ^
  /tr "C:\Jobs\PositivePay\run_positive_pay.cmd" ^
  /sc daily /st 18:30 /ru %RUNAS% /rp %RUNPW% /rl HIGHEST

schtasks /create /f /tn "County\Munis GL Export to OpenGov" ^
  /tr "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\Jobs\OpenGov\Export-GL.ps1" ^
  /sc daily /st 02:10 /ru %RUNAS% /rp %RUNPW%

schtasks /create /f /tn "County\Parcel Sync to ArcGIS" ^
  /tr "C:\Python311\python.exe C:\Jobs\GIS\publish_parcels.py --nightly" ^
  /sc daily /st 03:00 /ru HARLANCO\svc_arcgis /rp "⟦password:svc_arcgis⟧"

REM map the treasurer share for the positive-pay job (bank pulls from here)
net use T: \\hcfs01\Treasurer$ /user:HARLANCO\svc_treasury Tr3asury!Share /persistent:yes

echo Done. Verify with: schtasks /query /tn "County\" /v /fo list
