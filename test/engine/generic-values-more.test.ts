/**
 * Values and files found misjudged on a blind corpus batch (bench/corpus, batch41): logs and extensionless
 * settings files are not code, an option list ends a value at its next option, a generated password may
 * start with `%`, a dotted token is no property path, a long shared secret is still one;
 * and the encrypted, hashed and substituted values beside them stay silent.
 */
import { randomBytes } from 'node:crypto';
import { base62, scanFiles, token, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-values-');

it('reads bare values in logs and settings files without an extension, and an option list up to its next option', async () => {
  const v = [token(24), token(32), token(24), token(24), token(32)];
  const files = {
    'job-6120458.log': `$ helm upgrade --install app ./chart --set-string secrets.hmacSecret=${v[0]} --wait\n`,
    env: `POSTGRES_USER=redash\nREDASH_COOKIE_SECRET=${v[1]}\n`,
    'etc/fstab': `//nas02/backup  /mnt/backup  cifs  username=svc-backup,password=${v[2]},domain=CORP,vers=3.0  0 0\n`,
    'dovecot-sql.conf.ext': `connect = host=db-mail dbname=mail user=dovecot password=${v[3]}\n`,
    'ingest.py': `df = (spark.read.format("jdbc")\n    .option("user", "etl")\n    .option("password", "${v[4]}")\n    .load())\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('takes passwords that start with %, dotted tokens, base64 starting m/ and a long shared secret as values', async () => {
  const discord = `MTEz${base62(22)}.${base62(6)}.${token(38)}`;
  // A SealedSecret's ciphertext starts `AgA` to `AgD` (values.ts): one random draw in a thousand would too.
  let shared = randomBytes(512).toString('base64');
  while (/^Ag[A-D]/.test(shared)) shared = randomBytes(512).toString('base64');
  const v = [`%${token(19)}`, `${token(19)}!`, discord, `m/${token(38)}`, shared];
  const files = {
    'connections.json': `{\n  "snowflake_default": {\n    "password": "${v[0]}"\n  }\n}\n`,
    'swanctl.conf': `secrets {\n  eap-tablet {\n    secret = ${v[1]}\n  }\n}\n`,
    'config.json': `{\n  "token": "${v[2]}",\n  "prefix": "!"\n}\n`,
    'spark_job.py': `spark.conf.set("spark.hadoop.fs.s3a.secret.key", "${v[3]}")\n`,
    'config.properties': `internal-communication.shared-secret=${v[4]}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});

it('leaves encrypted, hashed, substituted and referenced values alone, and keys about credentials', async () => {
  const files = {
    'core_config_data.sql': `INSERT INTO \`core_config_data\` VALUES (132,'default',0,'paypal/wpp/api_password','0:3:${base62(60)}==','2022-06-02 11:10:02');\n`,
    'NuGet.config': `<packageSourceCredentials>\n  <feed>\n    <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${base62(120)}" />\n  </feed>\n</packageSourceCredentials>\n`,
    'tomcat-users.xml': `<user username="zbx" password="${randomBytes(16).toString('hex')}$1000$${randomBytes(32).toString('hex')}" roles="manager-status"/>\n`,
    '.muttrc': 'set imap_pass="`pass show mail/noc@example.com`"\n',
    '.env': `APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=fastlane/keys/AuthKey_${base62(10)}.p8\nAUTHENTICATION_APIKEY_USERS=cobalt-indexer,cobalt-reader\n`,
    Dockerfile: `FROM node:20\n# docker build --secret id=npmrc,src=$HOME/.npmrc --secret id=sentry,env=SENTRY_AUTH_TOKEN .\n`,
    'printf.sh': `printf '//npm.pkg.github.com/:_authToken=%s\\n' "$TOKEN" > ~/.npmrc\n`,
  };
  expect(secrets(await scan(files))).toEqual([]);
});

it("reads keys a neutralising word does not neutralise: a public link's salt, Label Studio's password, a Fernet key", async () => {
  const v = [token(32), token(20), `${token(43)}=`];
  const files = {
    'config.json': `{\n  "FileSettings": {\n    "PublicLinkSalt": "${v[0]}"\n  }\n}\n`,
    'docker-compose.yml': `services:\n  label-studio:\n    environment:\n      - LABEL_STUDIO_PASSWORD=${v[1]}\n      - PASSWORD_LABEL=Password\n`,
    'airflow.cfg': `[core]\nfernet_key = ${v[2]}\n`,
  };
  expect(secrets(await scan(files))).toEqual([...v].sort());
});
