*==============================================================================
* 00_master.do
* Project : Regional inflation pass-through (working paper 2024-07)
* Authors : L. Moreau, T. Okafor
* Purpose : builds the state-quarter panel and runs every table in the paper
* Stata   : 18.0 MP
*==============================================================================

version 18
clear all
set more off
set maxvar 12000
capture log close
log using "logs/master_`c(current_date)'.log", replace text

* --- paths --------------------------------------------------------------------
if "`c(username)'" == "lmoreau" {
    global root "C:/Users/lmoreau/Dropbox/passthrough"
}
else if "`c(username)'" == "tokafor" {
    global root "/Users/tokafor/Projects/passthrough"
}
global raw  "$root/data/raw"
global der  "$root/data/derived"
global out  "$root/output"

* --- API access ---------------------------------------------------------------
* FRED key (Laure's account). `set fredkey ..., permanently` on your own machine instead.
set fredkey ⟦b39c_fred_api_key⟧

* Internal price warehouse (read-only replica), via ODBC
local dsn "DRIVER={ODBC Driver 18 for SQL Server};SERVER=pricesql.econ.univ.edu,1433;DATABASE=cpi_micro;UID=stata_ro;PWD=⟦db_password:odbc⟧;Encrypt=yes;TrustServerCertificate=yes"

* --- packages -----------------------------------------------------------------
foreach p in reghdfe ftools estout coefplot {
    capture which `p'
    if _rc ssc install `p', replace
}

* --- 1. FRED series -------------------------------------------------------------
import fred CPIAUCSL UNRATE FEDFUNDS, daterange(1995-01-01 2024-06-30) aggregate(quarterly, avg) clear
gen qdate = qofd(daten)
format qdate %tq
save "$der/fred_national.dta", replace

* --- 2. micro prices from the warehouse --------------------------------------
odbc load, exec("SELECT state_fips, yq, item_group, AVG(log_price) AS lp FROM dbo.item_prices WHERE yq >= 19951 GROUP BY state_fips, yq, item_group") connectionstring("`dsn'") clear
rename yq qdate
save "$der/state_prices.dta", replace

* --- 3. build + estimate -------------------------------------------------------
do "$root/code/01_build_panel.do"
do "$root/code/02_descriptives.do"
do "$root/code/03_baseline_passthrough.do"
do "$root/code/04_robustness.do"

log close
exit
