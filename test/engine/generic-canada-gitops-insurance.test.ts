/**
 * Forms found on a blind corpus batch (bench/corpus, batch 65: Canadian business software; GitOps and
 * platform engineering; insurance carriers and insurtech): a pipeline variable's name with a comment after
 * it and its value below, C#'s auto-property initializer, and the values beside them that are no secret (a
 * shell variable escaped in a Groovy string, Ontario's software conformance key, Purolator's key, the
 * Basic auth user its key password goes with).
 */
import { base62, hex, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-ca-gitops-');

it("reads a pipeline variable whose name line ends in a comment, and C#'s property initializer", async () => {
  const [sql, dayforce] = ['Deploy#DCint2024', 'Dayforce2023!'];
  const hits = await scan({
    'azure-pipelines.yml': `variables:\n  - name: sqlAdminUser\n    value: dcint_deploy\n  - name: sqlAdminPassword          # TODO: move into the variable group (DEVOPS-412)\n    value: '${sql}'\n`,
    'Dayforce/DayforceClient.cs': `public sealed class DayforceOptions\n{\n    public string UserName { get; set; } = "svc_paie";\n    // Valeur de repli pour le bac à sable\n    public string Password { get; set; } = "${dayforce}";\n    public int PageSize { get; set; } = 200;\n}\n`,
  });
  expect(secrets(hits)).toEqual([sql, dayforce].sort());
});

it("leaves an escaped shell variable, a software conformance key and Purolator's key, and reads its password", async () => {
  const password = token(20);
  const hits = await scan({
    Jenkinsfile: `pipeline {\n  stages {\n    stage('Sonar') {\n      steps {\n        sh "./gradlew sonar -Dsonar.token=\\$SONAR_TOKEN"\n      }\n    }\n  }\n}\n`,
    'host_vars/emr01.yml': `ebs_conformance_key: ${base62(8).toLowerCase()}-${base62(4).toLowerCase()}-8917-7ac6-${base62(12).toLowerCase()}\nebs_moh_user: "{{ vault_ebs_moh_user }}"\n`,
    'carriers.properties': `purolator.key=${base62(32)}\npurolator.key.password=${password}\n`,
  });
  expect(secrets(hits)).toEqual([password]);
});

it("reads a refresh token named by `refresh` alone and a VCR cassette's header list, not a refresh setting", async () => {
  const [questrade, helcim] = [token(32), token(44)];
  const hits = await scan({
    '.zsh_history': `: 1709301010:0;jupyter lab\n: 1709301950:0;export QT_REFRESH=${questrade}\n: 1709301960:0;export AUTO_REFRESH=true\n`,
    'spec/fixtures/vcr_cassettes/helcim_purchase.yml': `http_interactions:\n- request:\n    method: post\n    headers:\n      Content-Type:\n      - application/json\n      Api-Token:\n      - "${helcim}"\n`,
  });
  expect(secrets(hits)).toEqual([questrade, helcim].sort());
});

it("reads a key register's values by its Key name column, not an identifier's row", async () => {
  const [notify, pay] = [`prod_notifications-${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`, `api_test_${base62(52).toLowerCase()}`];
  const hits = await scan({
    'third-party-api-keys-register.csv': `System,Environment,Key name,Owner,Stored in,Value (leave blank if in vault)\nGOV.UK Notify,live,reportit-prod,Hannah Blake,Secrets Manager reportit/prod/notify,\nGOV.UK Notify,test,reportit-ci,Sam Okafor,GitHub Actions env,${notify}\nGOV.UK Pay,test,bulky-waste-sandbox,Raj Patel,1Password,${pay}\nAirwallex,prod,client_id,Raj Patel,Key Vault,-${base62(21)}\n`,
  });
  expect(secrets(hits)).toEqual([notify, pay].sort());
});
