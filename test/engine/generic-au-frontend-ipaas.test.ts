/**
 * Forms found on a blind corpus batch (bench/corpus, batch 64: Australian and New Zealand business software;
 * frontend bundles and client apps; enterprise integration and iPaaS projects): fields named in words or by a
 * label beside their value (a password manager's custom field, Boomi's process property, Oracle Integration's
 * security property, a CSV export's Field column), a setting's `<name>` with its `<value>` below (TIBCO), a
 * path's last `/Key`, a userscript's stored default, Cloud Foundry's set-env, an SSM parameter by its path's
 * last part, a chat password drawn without symbols and followed by a note, and the values beside them that
 * are no secret (a database URL's user info, Mule's `![…]` ciphertext, Stripe's PaymentIntent client secret,
 * eWAY's and MYOB's API keys, a CodePush deployment key).
 */
import { validatorFor } from '../../src/engine/validators';
import { base62, hex, hexKey, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-au-ipaas-');

it("reads a password manager's fields named in words, and a CSV export's Field and Value columns", async () => {
  const [apiKey, txn, wms] = [token(64), `${base62(8)}7q`, token(24)];
  const hits = await scan({
    'exports/bitwarden_export.json': `{\n  "items": [\n    {\n      "name": "Basiq dashboard",\n      "fields": [\n        { "name": "API key (prod)", "value": "${apiKey}", "type": 1 },\n        { "name": "txn password", "value": "${txn}", "type": 1 }\n      ]\n    }\n  ]\n}\n`,
    'environment-extensions-PROD.csv': `Environment,Extension Type,Component Name,Field,Value,Encrypted\nPROD,Connection,CONN_DB_WMS,User,boomi_wms_rw,false\nPROD,Connection,CONN_DB_WMS,Password,${wms},false\nPROD,Connection,CONN_NetSuite_TBA,Token Secret,********,true\n`,
  });
  expect(secrets(hits)).toEqual([apiKey, txn, wms].sort());
});

it("reads a label beside its default, a property's name beside its value, and a setting's <name> above its <value>", async () => {
  const [tokenSecret, clientSecret, fraudKey, sasl] = [hexKey(64), `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`, hexKey(32), token(32)];
  const hits = await scan({
    'components/PP_NetSuite_TBA.xml': `<DefinedProcessPropertyComponent>\n  <DefinedProcessPropertyField key="${hex(8)}" label="TokenId" type="string" persisted="false" defaultValue="${hex(8)}"/>\n  <DefinedProcessPropertyField key="${hex(8)}" label="TokenSecret" type="string" persisted="false" defaultValue="${tokenSecret}"/>\n</DefinedProcessPropertyComponent>\n`,
    'oic/REST_GUIDEWIRE.connection.json': `{\n  "securityProperties": [\n    { "propertyName": "oauth.client.id", "propertyValue": "${hex(32)}" },\n    { "propertyName": "oauth.client.secret", "propertyValue": "${clientSecret}" }\n  ]\n}\n`,
    'META-INF/prod.substvar': `<globalVariables>\n    <globalVariable>\n        <name>//ClaimsRouter.module//fraud.api.key</name>\n        <value>${fraudKey}</value>\n    </globalVariable>\n    <globalVariable>\n        <name>//ClaimsRouter.module//kafka.sasl.password</name>\n        <value>${sasl}</value>\n    </globalVariable>\n</globalVariables>\n`,
  });
  expect(secrets(hits)).toEqual([tokenSecret, clientSecret, fraudKey, sasl].sort());
});

it("reads a path's last /Key, a userscript's stored default and Cloud Foundry's set-env", async () => {
  const [fraud, zendesk, s4] = [hexKey(32), token(40), 'S4-Comm#Meridian25'];
  const hits = await scan({
    'ClaimsIntake/ClaimsIntake.tra': `tibco.clientVar.Connections/FraudAPI/Key=${fraud}\ntibco.clientVar.Claims/MaxRetries=5\n`,
    'zendesk-macro-helper.user.js': `// ==UserScript==\n// @name Zendesk macro helper\n// ==/UserScript==\n(async () => {\n  const ZD_TOKEN = GM_getValue('zdToken', '${zendesk}');\n})();\n`,
    'bash_history.txt': `cf target -o meridian -s prod\ncf set-env sf-odata-recon S4_PASSWORD '${s4}'\ncf restage sf-odata-recon\n`,
  });
  expect(secrets(hits)).toEqual([fraud, zendesk, s4].sort());
});

it("leaves a URL's user info, Mule ciphertext, a PaymentIntent's client secret, Akahu's app token and keys documented as public halves", async () => {
  const hits = await scan({
    '.env.example': `DATABASE_URL="postgresql://USER:PASSWORD@localhost:5432/storefront?schema=public"\n`,
    'config/prod.properties': `oms.user=svc_oms\noms.password=![${Buffer.from(hex(24)).toString('base64')}]\n`,
    'checkout.har.json': `{ "response": { "content": { "text": "{\\"id\\": \\"pi_3${base62(23)}\\", \\"client_secret\\": \\"pi_3${base62(23)}_secret_${base62(25)}\\"}" } } }\n`,
    '.env.staging': `EWAY_API_KEY=${base62(60)}\nMYOB_API_KEY=${base62(24).toLowerCase()}\nAKAHU_APP_TOKEN=app_token_c${base62(24).toLowerCase()}\nEWAY_ENCRYPTION_KEY=epk-${hex(8).toUpperCase()}-${hex(4).toUpperCase()}-4EC9-B768-${hex(12).toUpperCase()}\n`,
    'browser-tools-credentials-audit.csv': `tool,surface,credential_name,value,owner\nreturns portal,web,Rollbar client token,${hex(32)},web\n`,
    'android/app/src/main/res/values/secrets.xml': `<resources>\n    <string name="codepush_deployment_key" translatable="false">${base62(37)}</string>\n</resources>\n`,
  });
  expect(hits).toEqual([]);
});

it("reads an SSM parameter's value by the last part of its path, and a chat password with a note after it", async () => {
  const [deputy, eway] = [hexKey(32), '0qbW45NyuN'];
  const hits = await scan({
    'state/terraform.tfstate': `{\n  "resources": [\n    {\n      "type": "aws_ssm_parameter",\n      "instances": [\n        {\n          "attributes": {\n            "name": "/rosterly/prod/DEPUTY_PERMANENT_TOKEN",\n            "type": "SecureString",\n            "tier": "Standard",\n            "value": "${deputy}",\n            "version": 3\n          }\n        }\n      ]\n    }\n  ]\n}\n`,
    'chat/WhatsApp Chat with Ops.txt': `12/02/2024, 8:04 am - Jess: the till iPad wants the eWAY password again\n12/02/2024, 8:10 am - Liam: eWAY API password: ${eway} (key is in the till settings already, don't change that)\n`,
  });
  expect(secrets(hits)).toEqual([deputy, eway].sort());
});

it('takes a password drawn at random without symbols, not a word with a model number', () => {
  const mixed = validatorFor('mixed-password')!;
  expect(['0qbW45NyuN', 'aB3dE5gH', 'Summer2024!'].map(mixed)).toEqual([true, true, true]);
  expect(['WelcomeHome2024', 'iPhone15Pro', 'GitHub2FA', 'RTX4090Ti', 'Abcdef12'].map(mixed)).toEqual([false, false, false, false, false]);
});
