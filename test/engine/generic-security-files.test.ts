/**
 * Forms found missed on a blind corpus batch (bench/corpus, batch43: release engineering, identity and
 * security engineering, web agencies' hosting): key names that join their words (`ldap_bindpass`,
 * `secretsalt`), Matomo's `token_auth`, Strapi's `APP_KEYS`, a WordPress salt holding `${`; with the
 * lookalikes beside them (Vault's HMAC digests in an audit log, a Bitwarden EncString, a python-social-auth
 * client id, a WooCommerce order key, GoDaddy's key half).
 */
import { randomBytes } from 'node:crypto';
import { base62, type Hit, scanFiles, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-security-');
const secrets = (hits: Hit[]) => hits.map((h) => h.secret).sort();
const hex = (n: number) => randomBytes(n / 2).toString('hex');
/** Random hex without a run of three equal digits: runs (`11111`) read as a placeholder, by design. */
function hexWithoutRuns(n: number): string {
  for (;;) {
    const v = hex(n);
    if (!/(.)\1\1/.test(v)) return v;
  }
}
const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

it('reads joined key names as the credential they name', async () => {
  const v = { bind: `Vlt-LdapBind_${base62(6)}!q`, salt: base62(32).toLowerCase(), matomo: hexWithoutRuns(32), strapi: [b64(16), b64(16)].join(',') };
  const hits = await scan({
    'terraform/terraform.tfvars': `ldap_url      = "ldaps://dc01.example.lan"\nldap_bindpass  = "${v.bind}"\n`,
    'saml/config.php': `<?php\n$config = [\n    'secretsalt' => '${v.salt}',\n    'technicalcontact_name' => 'Ops',\n];\n`,
    'cron/report.sh': `#!/bin/sh\nMATOMO_URL="https://stats.example.org"\nTOKEN_AUTH="${v.matomo}"\ncurl -s "$MATOMO_URL/index.php?module=API&token_auth=$TOKEN_AUTH"\n`,
    'strapi/.env': `HOST=0.0.0.0\nAPP_KEYS="${v.strapi}"\n`,
  });
  expect(secrets(hits)).toEqual([v.bind, v.salt, v.matomo, v.strapi].sort());
});

it('reports a WordPress salt that holds `${`, and still not a `${VAR}` reference', async () => {
  // Salts from WordPress's generator draw from punctuation: `${` then a bracket is no template.
  const salt = `TM|VaTMNA$aR?K0>Mak|J=HwCr|[h&qy?4tic8s5Xinb@~GoI-QG8P9X\${]-${base62(4)}`;
  const hits = await scan({
    'bedrock/.env': `DB_NAME=site\nLOGGED_IN_SALT='${salt}'\nNONCE_SALT='\${NONCE_SALT_FROM_VAULT}'\n`,
  });
  expect(secrets(hits)).toEqual([salt]);
});

it('leaves digests, ciphertext and the public halves of pairs alone', async () => {
  const vaultLog = [1, 2]
    .map(
      () =>
        `{"type":"request","auth":{"client_token":"hmac-sha256:${hex(64)}","accessor":"hmac-sha256:${hex(64)}"},"request":{"path":"auth/ldap/login/ops","data":{"password":"hmac-sha256:${hex(64)}"}}}`,
    )
    .join('\n');
  const encString = `2.${b64(16)}|${b64(32)}|${b64(32)}`;
  const secret = token(40);
  const hits = await scan({
    'logs/vault-audit.log': `${vaultLog}\n`,
    'bw/data.json': `{\n  "encKey": "${encString}",\n  "password": "${encString}"\n}\n`,
    'settings/production.py': `SOCIAL_AUTH_AUTH0_DOMAIN = "example.eu.auth0.com"\nSOCIAL_AUTH_AUTH0_KEY = "${token(32)}"\nSOCIAL_AUTH_AUTH0_SECRET = "${secret}"\n`,
    'fixtures/order.json': `{\n  "id": 4471,\n  "order_key": "wc_order_${base62(13)}",\n  "status": "processing"\n}\n`,
    'acme/account.conf': `SAVED_GD_Key='${token(34)}'\n`,
  });
  expect(secrets(hits)).toEqual([secret]);
});
