/**
 * Forms found on a blind corpus batch (bench/corpus, batch56: public safety, maritime and shipping, a
 * startup on managed platforms): a prefixed key right after an escaped line break inside a JSON string
 * (a Slack export's message), a keyloader export's `key_hex` column; and what must stay quiet (the key
 * ids beside them, an escaped backslash before a word).
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-safety-');

it("reads a prefixed key that opens a line of a JSON string's text (after an escaped line break)", async () => {
  const key = `sk-admin-${token(60)}`;
  const hits = await scan({
    'slack-export/eng-incidents/2026-03-04.json': `[\n  {\n    "type": "message",\n    "text": "the usage dashboard needs the admin key for the costs endpoint, only the cron:\\n${key}",\n    "ts": "1772600000.000100"\n  }\n]\n`,
    'paths.json': `{ "dir": "C:\\\\nsk-admin-${token(60).replace(/[^a-z]/g, '')}" }\n`,
  });
  expect(secrets(hits)).toEqual([key]);
});

it("reads the keys of a keyloader export's key_hex column, not the key ids", async () => {
  const keys = [hex(64).toUpperCase(), hex(64).toUpperCase(), hex(16).toUpperCase()];
  const hits = await scan({
    'HC-keyset-2024Q2-KVL-export.csv': [
      '# exported from the KVL, 2024-04-02',
      'keyset,slot_ckr,key_name,algid,algorithm,kid,key_hex,talkgroups,notes',
      `HC-2024Q2,1,HCSO-SEC-1,0x84,AES-256,EFDB,${keys[0]},"1501,1502",sheriff secure ops`,
      `HC-2024Q2,2,HCSO-SEC-2,0x84,AES-256,1E5D,${keys[1]},1503,narcotics`,
      `HC-2024Q2,3,FIRE-TAC,0x81,DES-OFB,0A11,${keys[2]},2201,fire tactical`,
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([...keys].sort());
});
