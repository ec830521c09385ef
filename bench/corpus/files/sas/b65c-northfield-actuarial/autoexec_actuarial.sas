/*-----------------------------------------------------------------------------------------------
  autoexec_actuarial.sas - loaded by every SAS session on nfc-sas01 for the ACTUARIAL group
  Libraries for the legacy reserving programs (pre-Python). Owner: Actuarial Systems.
-----------------------------------------------------------------------------------------------*/
options compress=yes mprint nosymbolgen fullstimer;

/* ActuarialMart via ODBC (DSN configured in /etc/odbc.ini) */
libname actmart odbc dsn="ActuarialMart" schema=dbo
        user=svc_sas password="⟦b65c_sas_pwencode:svcsas⟧" readbuff=5000;

/* ClaimCenter data warehouse (read-only replica) */
libname ccdw odbc dsn="ClaimsDW" schema=dbo
        user=act_claims_ro password="ClaimsDW!ro2022";

/* Legacy Oracle policy system (closed block, AS/400 migration copy) */
libname legpol oracle path="legpol" schema=POLADM
        user=act_legacy password="{SAS002}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";   /* placeholder, fill via PWENCODE */

libname ref "/sasdata/actuarial/reference" access=readonly;
libname work2 "/saswork/actuarial/&sysuserid";

%let val_date = 31MAR2024;
%let lob_list = 'PA_BI' 'PA_PD' 'PA_COLL' 'HO' 'CA' 'WC';
