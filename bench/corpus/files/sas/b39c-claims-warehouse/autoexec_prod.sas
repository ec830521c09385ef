/*****************************************************************************
 * autoexec_prod.sas
 * Claims warehouse batch - production autoexec
 * Owner : Actuarial BI (bi-actuarial@northbridge-mutual.co.uk)
 * Change: 2024-05-14 JPK  moved Snowflake lib to the new account
 *         2023-11-02 JPK  encoded Oracle password (PROC PWENCODE) per audit finding 17
 *****************************************************************************/

options fullstimer msglevel=i compress=yes validvarname=upcase
        mprint mlogic symbolgen nosyntaxcheck;

%let env      = PROD;
%let run_date = %sysfunc(today(), yymmddn8.);
%let root     = /sasdata/claims/&env.;

/* ---------------------------------------------------------------------------
 * Oracle claims system (read only)
 * ------------------------------------------------------------------------- */
libname clm oracle
    path     = "CLMPRD01"
    schema   = "CLAIMS_RO"
    user     = "SAS_BATCH"
    password = "⟦b39c_sas_pwencode⟧"
    readbuff = 5000
    dbmax_text = 4000;

/* ---------------------------------------------------------------------------
 * Snowflake reporting layer
 * ------------------------------------------------------------------------- */
libname snow snow
    server    = "nbm-analytics.eu-west-2.aws.snowflakecomputing.com"
    db        = "ACTUARIAL"
    schema    = "CLAIMS_MART"
    warehouse = "BI_BATCH_WH"
    role      = "SAS_LOADER"
    user      = "SAS_LOADER_SVC"
    pw        = "⟦password:snow⟧"
    bulkload  = yes
    bl_internal_stage = "user/sas_stage";

/* ---------------------------------------------------------------------------
 * Reinsurer bordereaux drop (FTPS). Same account the ops team use.
 * ------------------------------------------------------------------------- */
filename bdx ftp "/inbound/bordereaux/"
    host   = "sftp.meridian-re.com"
    user   = "northbridge_bdx"
    pass   = "Bordereaux#2023"
    dir
    debug;

/* Secure pattern used by the newer jobs: password comes from the metadata server */
libname dwh meta library = "Claims DWH" metaout = data;
%let api_pw = %sysget(CLAIMS_API_PASSWORD);

libname work2 "&root./work"   compress = binary;
libname stage "&root./stage";
libname out   "&root./output" access = readonly;

%include "&root./macros/claims_macros.sas";
%include "&root./macros/ifrs17_helpers.sas";

%put NOTE: autoexec_prod loaded for &env. run date &run_date.;
