*******************************************************************************
* clean_survey.do  --  Ashdown Lab, Sleep & Memory study
* Pulls the REDCap export via the API, merges with the lab SQL server, cleans.
* Stata 18 MP.  Run: do clean_survey.do
*******************************************************************************
version 18
clear all
set more off
cd "S:/AshdownLab/SleepMemory/analysis"

* ---------------------------------------------------------------------------
* 1. REDCap export (CSV) through the API. Stata has no REDCap package, so we
*    shell out to curl. Token = project 1472, user amurphy.
* ---------------------------------------------------------------------------
local redcap_url "https://redcap.northmoor.ac.uk/api/"
local redcap_tok "⟦b44a_redcap_token:stata⟧"
!curl -s -X POST "`redcap_url'" -d "token=`redcap_tok'&content=record&format=csv&type=flat&rawOrLabel=raw" -o "data/raw/redcap_export.csv"
import delimited using "data/raw/redcap_export.csv", clear varnames(1) stringcols(1)
tempfile redcap
save `redcap'

* ---------------------------------------------------------------------------
* 2. Actigraphy summaries live on the lab SQL Server
* ---------------------------------------------------------------------------
odbc load, exec("SELECT record_id, night, tst_min, waso_min, se_pct FROM dbo.actigraphy_nightly") ///
    connectionstring("Driver={ODBC Driver 18 for SQL Server};Server=cogsci-sql01.northmoor.ac.uk;Database=SleepMem;Uid=stata_ro;Pwd=Sl33pM3m!2024;Encrypt=yes;TrustServerCertificate=yes") clear
collapse (mean) tst_min waso_min se_pct, by(record_id)
merge 1:1 record_id using `redcap', keep(match using) nogen

* ---------------------------------------------------------------------------
* 3. Cleaning
* ---------------------------------------------------------------------------
destring age psqi_total ravlt_*, replace force
drop if missing(psqi_total)
label variable psqi_total "PSQI global score (0-21)"
gen poor_sleeper = psqi_total > 5 if !missing(psqi_total)
label define yesno 0 "No" 1 "Yes"
label values poor_sleeper yesno
recode sex (1 = 0 "Female") (2 = 1 "Male"), gen(male)

compress
save "data/clean/sleepmem_clean.dta", replace
log close _all
