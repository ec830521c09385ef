@echo off
REM ===================================================================
REM  map_drives.bat  --  Bioimaging Core, acquisition PCs (LSM980, SP8, Widefield-2)
REM  Run at logon via Task Scheduler (user: .\microscope)
REM  Contact: bioimaging@northmoor.ac.uk
REM ===================================================================

net use * /delete /y >nul 2>&1

REM Research Data Store share for raw acquisitions (service account, read/write)
net use R: \\rds.northmoor.ac.uk\bioimaging-raw /user:NMU\svc-bic-acq Confocal!Raw2023 /persistent:no

REM Facility NAS (Synology) for temporary transfer; local account
net use T: \\bic-nas01\transfer /user:bic-nas01\acquser ⟦password:nas⟧ /persistent:no

REM Public read-only share (no credentials)
net use P: \\bic-nas01\protocols /persistent:no

REM old share, decommissioned 2022 -- left for reference
REM net use S: \\bic-fs-old\scans /user:BIC\scanner scanner

if exist "C:\BIC\OmeroUploader\start.cmd" call "C:\BIC\OmeroUploader\start.cmd"
exit /b 0
