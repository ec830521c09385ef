/**
 * Forms found on a blind corpus batch (bench/corpus, batch 67: Southern European business software; CI/CD
 * beyond GitHub Actions; consumer IoT backends): a typed password quoted in code and inside a URL, Italian's
 * `chiave`, Bamboo's PAT and Specs variables, a Jenkins job parameter's default, ESP-IDF's provisioning
 * proof of possession, an Azure DevOps variable group's values; and what is no secret beside them (a quote
 * written as an XML entity, Jenkins plugin versions, Spinnaker and Spring references, a list of secret
 * names, Memfault's project key).
 */
import { base62, hex, scanFiles, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-se-ci-iot-');

it('reads a typed password quoted in code and one with dots inside a connection URL', async () => {
  const [seur, at, dsn] = ['Seur.Carmona22', 'Largo.AT.ws2023', 'Bilbo.Verifactu9'];
  const hits = await scan({
    'worker/seur.py': `SEUR = {\n    "username": "OLIVAR41410",\n    "password": "${seur}",\n}\n`,
    'pagamentos/settings.py': `AT_WS = {\n    "SUBUTILIZADOR": "509999990/7",\n    "PASSWORD": "${at}",\n}\n`,
    'verifactu/envio.py': `import os\nDSN = os.environ.get("GESTORIA_DSN", "postgresql://verifactu:${dsn}@db.gestoria.internal:5432/facturacion")\n`,
  });
  expect(secrets(hits)).toEqual([seur, at, dsn].sort());
});

it("reads Italian's chiave, a Bamboo PAT, a Bamboo Specs variable and a proof of possession", async () => {
  const [mac, pat, fraud, pop] = [base62(32).toUpperCase(), Buffer.concat([Buffer.from('982451891165:'), Buffer.from(hex(40), 'hex')]).toString('base64'), base62(40), base62(16)];
  const hits = await scan({
    'logs/xpay.log': `[2025-02-14 19:29:02] production.DEBUG: XPay MAC debug {"stringa":"codTrans=ER5532","chiave":"${mac}","atteso":"14fc"}\n`,
    'install-agent.sh': `#!/bin/sh\n# PAT of the automation user\nBAMBOO_PAT="${pat}"\n`,
    'bamboo-specs/PlanSpec.java': `class PlanSpec {\n  Variable[] v = {\n    new Variable("fraud.sandbox.apikey", "${fraud}"),\n    new Variable("maven.opts", "-Xmx2g")};\n}\n`,
    'factory/line3.csv': `serial,mac,softap_ssid,prov_pop,operator\nLA19-004811,7C87CE3A1F02,LUMORA-1F02,${pop},op07\n`,
  });
  expect(secrets(hits)).toEqual([mac, pat, fraud, pop].sort());
});

it("reads a Jenkins job parameter's default below its description, not a quote written as an entity", async () => {
  const dwh = ['Cons1gnment', 'ETL', '77'].join('-');
  const hits = await scan({
    'jobs/nightly-etl/config.xml': `<project>\n  <properties>\n    <hudson.model.ParametersDefinitionProperty>\n      <parameterDefinitions>\n        <hudson.model.StringParameterDefinition>\n          <name>WAREHOUSE_PASSWORD</name>\n          <description>reporting user on dwh-prod</description>\n          <defaultValue>${dwh}</defaultValue>\n        </hudson.model.StringParameterDefinition>\n      </parameterDefinitions>\n    </hudson.model.ParametersDefinitionProperty>\n  </properties>\n  <builders>\n    <hudson.tasks.Shell>\n      <command>export PGPASSWORD=&apos;$WAREHOUSE_PASSWORD&apos;\npsql -f etl.sql</command>\n    </hudson.tasks.Shell>\n  </builders>\n</project>\n`,
  });
  expect(secrets(hits)).toEqual([dwh]);
});

it("reads an Azure DevOps variable group's plain values", async () => {
  const key = `${hex(26)}_${hex(64)}`;
  const hits = await scan({
    'variable-groups/release.json': `{\n  "variables": {\n    "ServerUrl": { "isSecret": null, "value": "https://deploy.example.co.uk" },\n    "SM_API_KEY_FALLBACK": { "isSecret": null, "value": "${key}" },\n    "OldKey": { "isSecret": true, "value": null }\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual([key]);
});

it("leaves plugin versions, Spinnaker and Spring references, a list of secret names and Memfault's project key", async () => {
  const hits = await scan({
    'jenkins/plugins.txt': `aws-credentials:231.v08a_59f17d742\nssh-credentials:343.v884f71d78167\nblueocean:1.27.11\n`,
    'spinnaker/spin-secrets.yaml': `artifactory:\n  username: svc-spinnaker\n  password: encrypted:k8s!n:spin-secrets!k:artifactory-password\n`,
    'src/main/resources/application-local.yml': `google:\n  homegraph-credentials: classpath:homegraph-stg.json\n`,
    'templates/steps-sign.yml': `- task: AzureKeyVault@2\n  inputs:\n    KeyVaultName: kv-release\n    SecretsFilter: 'SM-API-KEY,SM-CLIENT-CERT-PASSWORD'\n`,
    'fw/prj.conf': `CONFIG_MEMFAULT=y\nCONFIG_MEMFAULT_NCS_PROJECT_KEY="${hex(32)}"\n`,
  });
  expect(secrets(hits)).toEqual([]);
});
