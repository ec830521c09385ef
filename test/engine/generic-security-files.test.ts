/**
 * Forms found missed on a blind corpus batch (bench/corpus, batch43: release engineering, identity and
 * security engineering, web agencies' hosting): key names that join their words (`ldap_bindpass`,
 * `secretsalt`), Matomo's `token_auth`, Strapi's `APP_KEYS`, a WordPress salt holding `${`; with the
 * lookalikes beside them (Vault's HMAC digests in an audit log, a Bitwarden EncString, a python-social-auth
 * client id, a WooCommerce order key, GoDaddy's key half).
 */
import { randomBytes } from 'node:crypto';
import { base62, scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-security-');
/** Random hex without a run of three equal digits: runs (`11111`) read as a placeholder, by design. */
function hexWithoutRuns(n: number): string {
  for (;;) {
    const v = hex(n);
    if (!/(.)\1\1/.test(v)) return v;
  }
}
const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

it('reads joined key names as the credential they name', async () => {
  const v = { bind: `Vlt-LdapBind_${base62(6)}!q`, salt: `${base62(28).toLowerCase()}3k7q`, matomo: hexWithoutRuns(32), strapi: [b64(16), b64(16)].join(',') };
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

it('reads R assignments, .Renviron files, PATs, PINs and joined password names', async () => {
  const v = {
    renviron: token(70),
    r: hexWithoutRuns(32).toUpperCase(),
    pin: `${base62(4)}-${base62(4)}-${base62(4)}9`,
    amp: `a=${base62(18)}`,
    bind: `${base62(6)}_b=${base62(10)}`,
    radius: `%hCVPKbx%.${base62(16)}!07`,
    liq: `${base62(18)}-_`,
    turn: hexWithoutRuns(64),
  };
  const hits = await scan({
    'lab/.Renviron': `R_LIBS_USER=~/R/library\nOSF_PAT=${v.renviron}\n`,
    'lab/R/pull.R': `library(REDCapR)\ntoken <- "${v.r}"\n`,
    'bank/application-prod.yml': `hsm:\n  slot: 3\n  partition-pin: ${v.pin}\nboard:\n  led_pin: 13\n`,
    'pbx/amportal.conf': `AMPDBUSER=freepbxuser\nAMPDBPASS=${v.amp}\n`,
    'ood/ood_portal.yml': `auth:\n  ldap:\n    bindDN: cn=ood,ou=svc,dc=example,dc=ac,dc=uk\n    bindPW: ${v.bind}\n`,
    'raddb/clients.conf': `client wlc {\n\tipaddr = 10.20.0.5\n\tsecret = "${v.radius}"\n}\n`,
    'radio/radio.liq': `output.icecast(%mp3, host="localhost", port=8000,\n  password="${v.liq}",\n  mount="live")\n`,
    'prosody/meet.cfg.lua': `external_service_secret = "${v.turn}";\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('leaves patterns, GPIO pins, anti-forgery tokens, option strings and NATS JWTs alone', async () => {
  const natsJwt = `${Buffer.from('{"typ":"JWT","alg":"ed25519-nkey"}').toString('base64url')}.${Buffer.from(`{"sub":"U${base62(40).toUpperCase()}"}`).toString('base64url')}.${base62(86)}`;
  const hits = await scan({
    'build/ninja.py': `FORTRAN_MODULE_PAT = r"^\\s*\\bmodule\\b\\s+(\\w+)"\n_INIT_FACTORY_PAT = "__attr_factory_%s"\n`,
    'board/config.yml': `led_pin: 13\nbutton_pin: 27\n`,
    'ood/connection.yml': `host: gpu-node-07\nport: 43011\ncsrftoken: ${randomBytes(16)
      .toString('hex')
      .replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')}\n`,
    'slurm/slurm.conf': `AuthAltTypes=auth/jwt\nAuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key\n`,
    'nats/resolver.conf': `operator: ${natsJwt}\n`,
  });
  expect(hits).toEqual([]);
});
