/**
 * Tokens handed over in running text, found on a blind corpus batch (bench/corpus, batch 60) and the misses
 * of earlier ones: a chat message or a ticket that names a credential and gives a generated token later in
 * the same line, and a handover note that gives it as a code span or alone on the next line. What tells a
 * token from the identifiers, digests and paths around it is the random-token check, pinned here first.
 */
import { validatorFor } from '../../src/engine/validators';
import { digits, hex, scanFiles, secrets, token } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-prose-tokens-');

describe('the random-token check', () => {
  const randomToken = validatorFor('random-token')!;

  it('takes generated tokens: base62, base64 and url-safe', () => {
    expect(randomToken(token(32))).toBe(true);
    expect(randomToken(`${token(40)}+${token(20)}/${token(8)}=`)).toBe(true);
    expect(randomToken(`${token(24)}_-${token(24)}`)).toBe(true);
  });

  it('leaves identifiers, words, digests and separated names alone', () => {
    for (const v of ['getUserSettings2024', 'rotateKeysForAllTenants', 'AKIAIOSFODNN7EXAMPLE', hex(40), 'NODE_NAME=build-agent-03', 'ReleaseCandidate2025Q1Build7']) {
      expect([v, randomToken(v)]).toEqual([v, false]);
    }
  });
});

it('finds a token later in a chat message or a ticket that names it, not ids, paths or commits', async () => {
  const v = { teams: token(40), slack: token(120), ticket: token(36) };
  const hits = await scan({
    'chat/Teams - KDS channel.txt': `Bayside is on the new pair. Also the X-Series personal token for the retail counter (grab & go fridge) is ${v.teams} - it's read-only (products/inventory)\n`,
    'slack-export/ops/2024-09-30.json': `[\n  {\n    "type": "message",\n    "text": "re-authorised, new refresh token is ${v.slack} \\u2014 put it in the .env on the box?"\n  }\n]\n`,
    'tickets/OPS-1182.md': `Zendesk side is broken for the macro sync: using \`integrations@example.org/token\` + \`${v.ticket}\` I get 403.\n`,
    'chat/discord-ops.log': `[2024-09-30 10:55] rory: token refresh job failed, see commit ${hex(40)} and /srv/app/config/tokens.yaml\n[2024-09-30 10:56] rory: the key rotation doc is docs/runbooks/key-rotation-2024.md\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('finds a token in a note as a code span after the words that name it, or alone on the next line', async () => {
  const v = { span: token(40), below: `${token(43)}=`, leaked: token(40) };
  const hits = await scan({
    'handover.md': [
      '# Handover',
      '',
      `- **itch.io**: demos go up with the studio key, \`${v.span}\`.`,
      '- Webhook signing secret for the portal (rotated 2024-03):',
      `    ${v.below}`,
      '',
      `> Note from the cleanup: the leaked secret was \`${v.leaked}\`; it was revoked the same day.`,
      '',
      "- the **app ID** (not secret, it is in the app's URL), e.g. `" + token(20) + '`',
      '- Verify releases with the cosign public key:',
      '    -----BEGIN PUBLIC KEY-----',
      `    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${token(20)}`,
      '    -----END PUBLIC KEY-----',
      'The key rotation job is `rotateKeysForAllTenants` in `jobs/rotation.ts`.',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it('finds a password said in a chat message or a ticket after "is still" or an arrow, not a policy or a host', async () => {
  const v = { teams: `Nexus-Admin-${digits(4)}`, chatwork: `Kaede${digits(4)}!Gmo` };
  const hits = await scan({
    'chat/teams-release-eng.txt': `[14.10.2025 09:15] Ingrid: also the admin password for the nexus-legacy UI is still ${v.teams} ... we should really change that\n`,
    'chat/chatwork_EC運用.txt': `合ってます。PW 変わったので共有します → ${v.chatwork}\n`,
    'tickets/IT-2291.md': 'The password policy is now 14 characters, see IT-Policy-2024.\nThe password for DB-Prod2 is in 1Password.\n',
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
