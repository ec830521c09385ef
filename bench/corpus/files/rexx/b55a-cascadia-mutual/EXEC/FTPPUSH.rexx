/* REXX ------------------------------------------------------------ */
/* FTPPUSH - push a dataset to one of the distributed landing hosts   */
/*                                                                     */
/* Usage:  TSO FTPPUSH 'CASC.PROD.CLAIMS.EXTRACT.CSV' CLMLAND          */
/*                                                                     */
/* The host table below was "temporary" in 2017. Passwords rotate      */
/* every 90 days per RACF policy on the far side (they are AD accounts)*/
/* and somebody has to update this member when they do.  -- RJT        */
/* ------------------------------------------------------------------- */
parse upper arg dsn target .
if dsn = '' | target = '' then do
  say 'FTPPUSH: usage FTPPUSH dsname target'
  exit 8
end

/* host table: target -> host user password remote-dir */
hosts.CLMLAND  = 'clmland01.cascadiamutual.com svc_clmland' ,
                 '⟦password:clmland⟧ /landing/claims/inbound'
hosts.UWLAND   = 'uwland02.cascadiamutual.com svc_uwland' ,
                 '⟦password:uwland⟧ /landing/underwriting'
hosts.ACTUARY  = 'act-sftp.cascadiamutual.com actfeed' ,
                 'Actuary#2023 /incoming'
hosts.TEST     = 'clmland-test.cascadiamutual.com svc_clmland' ,
                 'changeme /tmp'

if symbol('hosts.'target) <> 'VAR' then do
  say 'FTPPUSH: unknown target' target
  exit 8
end
parse var hosts.target host user pass rdir

/* allocate the FTP input as a temporary dataset */
"ALLOC F(INPUT) NEW REUSE UNIT(VIO) SPACE(1 1) TRACKS",
      "RECFM(F B) LRECL(80)"
queue host '21'
queue user
queue pass
queue 'ascii'
queue 'cd' rdir
queue 'put' dsn lowcase(target)'.csv'
queue 'quit'
"EXECIO" queued() "DISKW INPUT (FINIS"
"ALLOC F(OUTPUT) SYSOUT(X) REUSE"
"CALL *(FTP) '(EXIT TIMEOUT 120'"
ftprc = rc
"FREE F(INPUT OUTPUT)"
if ftprc <> 0 then say 'FTPPUSH: FTP ended RC='ftprc 'for' dsn
exit ftprc

lowcase: procedure
  return translate(arg(1), 'abcdefghijklmnopqrstuvwxyz',,
                           'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
