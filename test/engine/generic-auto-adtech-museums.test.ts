/**
 * Forms found on a blind corpus batch (bench/corpus, batch52: car dealerships and fleets, ad-tech and
 * growth marketing, museums and libraries): an XML `<pw>` element (Evergreen's opensrf.xml), a bare
 * dotted token in a .env file, a `…_AUTH` key in a Kubernetes Secret, a key handed over in a note as a
 * code span after the words that name it; and what must stay quiet (jasypt's `ENC(…)` and Codemagic's
 * `Encrypted(…)` wrappers, a secret manager's path in a code span, a public key said to be one).
 */
import { randomBytes } from 'node:crypto';
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-museums-');

it('reads the password of an XML <pw> element', async () => {
  const pw = `myHx${token(20)}`;
  const hits = await scan({
    'evergreen/opensrf.xml': `<opensrf>\n  <database>\n    <host>db01</host>\n    <user>evergreen</user>\n    <pw>${pw}</pw>\n    <client_encoding>UTF8</client_encoding>\n  </database>\n</opensrf>\n`,
  });
  expect(secrets(hits)).toEqual([pw]);
});

it('reads a bare dotted token in a .env file and a Secret key ending in _AUTH, not an ENC(...) wrapper', async () => {
  // Upper and lower case and a digit in the random part, and no run of lower-case letters a word could be
  // (a segment mostly of words is an identifier's), whatever token() draws.
  const impact = `Gj.Ks6${token(25).replace(/[a-z]{3,}/g, (m) => m.toUpperCase())}`;
  const ttd = token(96);
  const hits = await scan({
    '.env': `IMPACT_ACCOUNT_SID=IR${token(32)}\nIMPACT_AUTH_TOKEN=${impact}\nWEBFLEET_PASSWORD=ENC(${Buffer.from(token(48)).toString('base64')})\n`,
    'k8s/bidder-secrets.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: bidder\ntype: Opaque\ndata:\n  TTD_AUTH: ${Buffer.from(ttd).toString('base64')}\n`,
  });
  // A Secret's data is read decoded: the token is reported, not its base64.
  expect(secrets(hits)).toEqual([impact, ttd].sort());
});

it('reads a key handed over in a note as a code span, on the line after the words that name it', async () => {
  const v = { meraki: hex(40), vimeo: hex(32), steam: hex(32).toUpperCase() };
  const hits = await scan({
    'handover/it-handover.md': [
      '## Dashboard',
      '- The splash-page integration (visitor counts for the lobby screen) uses this API key:',
      `  \`${v.meraki}\` -- LIVE, tied to my dashboard user.`,
      '- The gallery video player pulls from the Vimeo account. Access token used by the',
      `  collections site build: \`${v.vimeo}\` (scopes: public private).`,
      '- Steamworks Web API publisher key (group key, used by the ownership check):',
      `  \`${v.steam}\``,
      '- The value lives in the `web-secrets` Kubernetes secret; compare it with the dashboard.',
      `Example event id for testing: \`evt_${token(24)}\`.`,
      `- public key (for the interactions endpoint, not secret): \`${hex(64)}\``,
      '- The secret lives in Vault: `secret/data/apps/web`',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("leaves alone a password manager's entry in a runbook's password column, a URN's parts, and keys made for pages and apps", async () => {
  const hits = await scan({
    'runbooks/selfcheck.md': `| Unit | Login id | Password |\n|---|---|---|\n| Main - lobby | \`sc_main_01\` | in 1Password: "SIP2 sc_main_01" |\n| Imaging | \`svc-imaging\` | Bitwarden → "svc-imaging" |\n`,
    'logs/ingest.log': `2024-05-14 18:35:12,011 INFO pipeline.globus client_id=${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)} token=<redacted> scope=urn:globus:auth:scope:transfer.api.globus.org:all\n`,
    'app/services/iterable_sync.rb': `class IterableSync\n  HOUSE_JS_KEY = "${hex(32)}"\nend\n`,
    'ios/AppKeys.swift': `enum AppKeys {\n    static let intercomIOSKey = "ios_sdk-${hex(40)}"\n}\n`,
  });
  expect(hits).toEqual([]);
});

it('reads a decrypted copy of a credentials file as the file it copies, and a logged header ending in -Auth', async () => {
  // The header's value is base64 of random bytes (The Trade Desk's tokens are), not of text the decoder would read.
  // (One that starts with `/` and holds no `+` reads as a path: drawn again.)
  let ttd = randomBytes(72).toString('base64');
  while (ttd.startsWith('/')) ttd = randomBytes(72).toString('base64');
  const v = { det: token(32), salt: token(32), ttd };
  const hits = await scan({
    'config/credentials.production.yml.decrypted': `active_record_encryption:\n  deterministic_key: ${v.det}\n  key_derivation_salt: ${v.salt}\n`,
    'logs/pacing.log': `2025-03-14T04:10:00.402Z DEBUG > TTD-Auth: ${v.ttd}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads the password half of a logged HTTP client's auth pair, even dotted, and leaves an attribute chain alone", async () => {
  const pw = `izpULQvL0EjmxjMWvduQ.${token(12)}`;
  const hits = await scan({
    'logs/laravel.log': `[2025-02-11 03:01:02] production.DEBUG: impact request options {"options":{"base_uri":"https://api.impact.com","auth":["IR${token(32)}","${pw}"],"timeout":60}}\n`,
    'src/client.py': 'api_token = config.oauth2ClientCredentials.accessToken\nsecret = settings.awsS3BucketCredentials2Prod.value\n',
  });
  expect(secrets(hits)).toEqual([pw]);
});

it("reads securecookie's hash and block keys and a token named after an earlier ID in a chat line; leaves Yamcs' PBKDF2 hashes alone", async () => {
  const v = { hash: hex(64), block: hex(32), aircall: hex(32) };
  const hits = await scan({
    'spreed-signaling/server.conf': `[sessions]\n# Secret value used to generate checksums of sessions.\nhashkey = ${v.hash}\n# Optional key for encrypting data in the sessions.\nblockkey = ${v.block}\n`,
    'chat/internal-comments.txt': `[2024-02-22 09:44] Nina Ross: I regenerated the Aircall key last night. Gorgias needs the new pair. API ID ${hex(32)} / token ${v.aircall}\n`,
    'yamcs/etc/users.yaml': `flightdynamics:\n  displayName: Flight Dynamics\n  password: 1000:${hex(32)}:${hex(40)}\n  superuser: false\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
