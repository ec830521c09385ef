/**
 * Forms found on a blind corpus batch (bench/corpus, batch 66: UK business software; edge, CDN and
 * serverless platforms; legal tech): Kamal's secrets file, a Workers secret's `secret_text`, an HMAC key
 * named by `hmac` alone, a logging endpoint's header name with its value below, a key after an escaped line
 * break in a JSON string; and what is no secret beside them (a Go struct field's type, an access key's
 * version GUID, Yapily's application key, a payment record's HMAC signature).
 */
import { base62, hex, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-edge-legal-');

it("reads Kamal's secrets file as a credentials file, whose bare values are literals", async () => {
  const [pg, rm] = [base62(24), base62(48)];
  const file = `KAMAL_REGISTRY_USERNAME=deploy\nPOSTGRES_PASSWORD=${pg}\nRM_IBM_CLIENT_SECRET=${rm}\nEVRI_CLIENT_SECRET=$(op read "op://Dispatch/Evri API/client secret")\n`;
  const hits = await scan({ '.kamal/secrets': file });
  expect(secrets(hits)).toEqual([pg, rm].sort());
});

it("reads a Workers secret's secret_text and a key named by hmac alone, not an HMAC algorithm", async () => {
  const [cf, hmac] = [hex(64), Buffer.from(hex(64), 'hex').toString('base64')];
  const hits = await scan({
    'infra/terraform.tfstate': `{\n  "resources": [\n    {\n      "type": "cloudflare_workers_secret",\n      "instances": [\n        {\n          "attributes": {\n            "name": "CF_ACCESS_CLIENT_SECRET",\n            "secret_text": "${cf}"\n          }\n        }\n      ]\n    }\n  ]\n}\n`,
    'api/.env.staging': `DOCUSIGN_CONNECT_HMAC=${hmac}\nWEBHOOK_SIGNATURE_HMAC=sha256\n`,
  });
  expect(secrets(hits)).toEqual([cf, hmac].sort());
});

it("reads a logging endpoint's header value under its header name", async () => {
  const ingest = token(40);
  const hits = await scan({
    'fastly/main.tf': `  logging_https {\n    name           = "qoe-ingest"\n    url            = "https://ingest.example.net/v1/qoe"\n    header_name    = "X-Ingest-Key"\n    header_value   = "${ingest}"\n    json_format    = "2"\n  }\n`,
  });
  expect(secrets(hits)).toEqual([ingest]);
});

it('reads a key after an escaped line break inside a JSON string, where the rule opens with a flag group', async () => {
  const secret = hex(64);
  const hits = await scan({
    'slack-export/platform-eng/2025-03-11.json': `[\n  {\n    "type": "message",\n    "text": "my .dev.vars has\\n\`\`\`R2_SECRET_ACCESS_KEY=${secret}\`\`\`\\nis that right?"\n  }\n]\n`,
  });
  expect(secrets(hits)).toEqual([secret]);
});

it("leaves a Go struct field's type, an access key's version GUID, Yapily's application key and a record's HMAC signature", async () => {
  const hits = await scan({
    'internal/truelayer/client.go': `package truelayer\n\ntype Client struct {\n\tclientID   string\n\tsigningKey *ecdsa.PrivateKey\n\ttoken      string\n}\n`,
    'akamai/property.rules.json': `{\n  "options": {\n    "authenticationMethod": "AWS",\n    "awsAccessKeyVersionGuid": "${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}"\n  }\n}\n`,
    'secrets.auto.tfvars': `yapily_application_key = "${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}"\n`,
    'fixtures/payments.json': `{\n  "fields": {\n    "status": "paid",\n    "webhook_hmac": "${Buffer.from(hex(64), 'hex').toString('base64')}"\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual([]);
});
