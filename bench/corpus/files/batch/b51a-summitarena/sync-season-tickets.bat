@echo off
REM Nightly: export season-ticket holders from TicketGate SQL and push renewals to the CRM bucket.
REM Scheduled Task "STH Sync" on BOXOFFICE-SRV01, runs as SUMMIT\svc-boxoffice.

setlocal
set SQLSERVER=summit-sql01.database.windows.net
set SQLUSER=ticketgate_report
set SQLPASS=Sabres!Report7
set OUT=D:\exports\sth_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.csv

sqlcmd -S %SQLSERVER% -d TicketGate -U %SQLUSER% -P %SQLPASS% -s "," -W -h -1 ^
  -Q "SET NOCOUNT ON; SELECT AccountId, Section, [Row], Seat, RenewalStatus, Email FROM dbo.SeasonTicketHolders WHERE Season = 2025" > "%OUT%"

if errorlevel 1 (
  echo SQL export failed >> D:\exports\sync.log
  exit /b 1
)

REM upload to the CRM import container (SAS valid until end of season)
azcopy copy "%OUT%" "https://summitcrmimport.blob.core.windows.net/sth-imports?sv=2022-11-02&ss=b&srt=co&sp=wac&se=2025-06-30T23:59:59Z&st=2024-09-01T00:00:00Z&spr=https&sig=⟦azure_sas_sig:crm⟧"

echo %DATE% %TIME% exported >> D:\exports\sync.log
endlocal
