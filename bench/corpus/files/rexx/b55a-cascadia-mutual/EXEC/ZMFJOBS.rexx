/* REXX - ZMFJOBS: list output of a job through the z/OSMF REST API   */
/* Runs under USS (bpxbatch) from the Jenkins agent on ZPRD01.         */
/* z/OSMF needs the CSRF header on everything but GET.                 */
parse arg jobname jobid .
if jobname = '' then jobname = 'CLMEXTR'

zosmf = 'https://zosmf.zprd01.cascadiamutual.com:10443'
/* service id ZOSMFSVC - basic auth, moved off the personal id in 2024 */
auth  = 'Basic ⟦lit:ZOSMFSVC:Cascade55|b64⟧'

cmd = 'curl -s -k' ,
      '-H "Authorization: 'auth'"' ,
      '-H "X-CSRF-ZOSMF-HEADER: true"' ,
      zosmf'/zosmf/restjobs/jobs?owner=*&prefix='jobname

call bpxwunix cmd,, out., err.
if err.0 > 0 then do i = 1 to err.0
  say 'stderr:' err.i
end
do i = 1 to out.0
  say out.i
end
exit 0
