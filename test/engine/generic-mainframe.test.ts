/**
 * Forms found on a blind corpus batch (bench/corpus, batch55-a: mainframe and midrange systems): a JOB
 * card's PASSWORD= and a RACF command's PASSWORD(…) in a JCL deck, whose DSN= names data sets; an IBM i
 * CL source's user profile and variable; a short random password under a password key in CI (a RACF
 * password is eight characters, which no entropy test calls random); a Java setter's literal under a
 * class's constant (`WMQConstants.PASSWORD`, JNDI's `Context.SECURITY_CREDENTIALS`) and IBM's `-pw` flag;
 * and what must stay quiet (a CL variable for the password, *NONE, a made-up password that is a word and
 * digits in CI, a literal compared with a variable's field in a test).
 */
import { scanFiles, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-mainframe-');

/** Eight characters as RACF draws them: capitals and digits, digits inside. */
function racf(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = () => letters[Math.floor(Math.random() * letters.length)];
  const digit = () => String(Math.floor(Math.random() * 10));
  return `${pick()}${pick()}${digit()}${pick()}${pick()}${digit()}${pick()}${pick()}`;
}

it("reads a JCL deck's JOB card password and a RACF command's, not its data set names", async () => {
  const v = { job: racf(), alt: racf() };
  const hits = await scan({
    'CNTL/CLMEXTR.jcl': [
      "//CLMEXTR  JOB (ACCT),'CLAIMS EXTRACT',CLASS=A,MSGCLASS=X,",
      '//             NOTIFY=&SYSUID,REGION=0M,',
      `//             USER=CLMBAT1,PASSWORD=${v.job}`,
      '//STEP01   EXEC PGM=IKJEFT01',
      '//SYSTSPRT DD SYSOUT=*',
      '//EXTRACT  DD DSN=CLM.PROD.EXTRACT.G0042V00,DISP=SHR',
      '//SORTOUT  DD DSN=CLM.PROD.CLMSORT.QKT8R2ES,DISP=(NEW,CATLG)',
      '//SYSTSIN  DD *',
      ` ALTUSER ZWESVUSR PASSWORD(${v.alt}) NOEXPIRED`,
      ' LISTUSER ZWESVUSR',
      '/*',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([v.job, v.alt].sort());
});

it("reads an IBM i CL source's profile password and password variable, not &PWD or *NONE", async () => {
  const v = { profile: `${racf()}#Q`, ftp: `pUrI5jBM${racf()}=dmC` };
  const hits = await scan({
    'QCLSRC/CRTSVCPRF.clle': [
      '             PGM',
      `             CRTUSRPRF  USRPRF(CNVODBC) PASSWORD(${v.profile}) +`,
      '                          PWDEXP(*NO) USRCLS(*USER)',
      '             CHGUSRPRF  USRPRF(QSECOFR) PASSWORD(*NONE)',
      '             CRTUSRPRF  USRPRF(&USR) PASSWORD(&PWD) PWDEXP(*YES)',
      '             DCL        VAR(&FTPPWD1) TYPE(*CHAR) LEN(32) +',
      `                          VALUE('${v.ftp}')`,
      "             DCL        VAR(&FTPUSR1) TYPE(*CHAR) LEN(10) VALUE('rcu4471')",
      '             ENDPGM',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([v.ftp, v.profile].sort());
});

it('reads a short random password in a CI file, not a word and digits', async () => {
  const pw = racf();
  const hits = await scan({
    '.gitlab-ci.yml': `variables:\n  ZOWE_OPT_HOST: pbkdev.example.com\n  ZOWE_OPT_PASSWORD: "${pw}"\n  POSTGRES_PASSWORD: "Summer2024"\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it("reads a Java setter's literal under a class's constant (MQ, JNDI) and a -pw flag, not a variable's field", async () => {
  const v = { mq: `e4W+PTY0${racf()}%`, jndi: `Xk3pQ9vL${racf()}`, kdb: `%k3Xw6Vv+${racf()}` };
  const hits = await scan({
    'mq/MqConfig.java': [
      'class MqConfig {',
      '  MQConnectionFactory uat() throws JMSException {',
      '    cf.setStringProperty(WMQConstants.USERID, "svc-carhire-uat");',
      `    cf.setStringProperty(WMQConstants.PASSWORD, "${v.mq}");`,
      `    env.put(Context.SECURITY_CREDENTIALS, "${v.jndi}");`,
      `    assertEquals(user.password, "${racf()}x${racf()}");`,
      '    return cf;',
      '  }',
      '}',
      '',
    ].join('\n'),
    '.bash_history': `cd /var/mqm/qmgrs/HRQM01/ssl\nrunmqakm -keydb -create -db key.kdb -pw ${v.kdb} -type cms -stash\n`,
  });
  expect(secrets(hits)).toEqual([v.jndi, v.kdb, v.mq].sort());
});
