/**
 * Issue 9, item 10: reports and baselines carried an unsalted SHA-256 of each secret, so a human
 * password fell to a dictionary in milliseconds. Identities are now a tagged SHA-256 only for strong
 * secrets, scrypt for weak ones, or HMAC with a trusted key; baselines, the ignore file, inventory and
 * revoke match by them, and old (plain SHA-256) baselines and ignore entries keep working with a
 * warning and a migration path.
 */
import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { secretIdentity } from '../../src/engine/identity';
import { fingerprint } from '../../src/engine/fingerprint';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, tg, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const TOKEN = fake('github.pat-classic', 'attack-identity');
const PASSWORD = 'Summer2024!Sunny'; // tokenguard:allow (a made-up test value)
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A small dictionary attack: every guess hashed the way the old reports did. */
const DICTIONARY = ['password', 'Summer2024!', 'Summer2024!Sunny', 'hunter2', 'letmein'];

function expectNoPlainHashes(text: string): void {
  for (const guess of [...DICTIONARY, TOKEN]) expect(text).not.toContain(sha256(guess));
}

function project(): string {
  return ws.repo({ 'app.env': `GITHUB_TOKEN=${TOKEN}\nDB_PASSWORD=${PASSWORD}\n`, 'copy/app.env': `GITHUB_TOKEN=${TOKEN}\n` });
}

describe('secret identities', () => {
  it('are not a plain SHA-256: scrypt for a human password, a tagged SHA-256 for a token', async () => {
    const dir = project();
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    const found = jsonOf(r).findings;
    const pw = found.find((f) => f.path === 'app.env' && f.ruleId.startsWith('generic.'))!;
    expect(pw.secretId).toBe(await secretIdentity(PASSWORD));
    expect(pw.secretId).not.toBe(sha256(PASSWORD));
    expect(found.find((f) => f.ruleId === 'github.pat-classic')!.secretId).toBe(sha256(`tokenguard/secret-id/v2\0${TOKEN}`));
    // A fingerprint is rule, path and identity: it does not give the plain hash away either.
    expect(pw.fingerprint).not.toBe(fingerprint(pw.ruleId, 'app.env', sha256(PASSWORD)));
    expect(jsonOf(r)).toMatchObject({ identity: { scheme: 'public-v2' } });
    expectNoPlainHashes(r.stdout);
    const sarif = await tg(['scan', '.', '--format', 'sarif'], dir, ws.env());
    expectNoPlainHashes(sarif.stdout);
    expectNothingLeaked({ result: r, secrets: [TOKEN, PASSWORD] });
  });

  it('baselines, the ignore file and inventory match by identity', async () => {
    const dir = project();
    const env = ws.env();
    const file = join(ws.dir(), 'baseline.json');
    expect((await tg(['baseline', 'create', '.', '-o', file], dir, env)).code).toBe(0);
    expectNoPlainHashes(readFileSync(file, 'utf8'));
    expect((await tg(['scan', '.', '--baseline', file], dir, env)).code).toBe(0);
    const fps = jsonOf(await tg(['scan', '.', '--format', 'json'], dir, env)).findings.map((f) => f.fingerprint);
    ws.write(dir, { '.tokenguardignore': fps.join('\n') + '\n' });
    expect((await tg(['scan', '.'], dir, env)).code).toBe(0);
    const inv = JSON.parse((await tg(['inventory', '.', '--no-suppress', '--format', 'json'], dir, env)).stdout);
    const token = inv.secrets.filter((s: { ruleId: string }) => s.ruleId === 'github.pat-classic');
    expect(token).toHaveLength(1);
    expect(token[0].locations).toBe(2);
  });

  it('revoke re-finds a secret from a redacted report by its identity (dry run)', async () => {
    const dir = project();
    const report = join(ws.dir(), 'report.json');
    await tg(['scan', '.', '--format', 'json', '-o', report], dir, ws.env());
    const r = await tg(['revoke', '--report', report, '--rule', 'github.*'], dir, ws.env());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/would revoke +github\.pat-classic/);
    expectNothingLeaked({ result: r, secrets: [TOKEN, PASSWORD] });
  });

  it('with a trusted key: HMAC for every secret, and a baseline from another key is a clear error', async () => {
    const dir = project();
    const key = 'a-team-wide-key-from-the-vault-0123';
    const keyed = ws.env({ TOKENGUARD_HASH_KEY: key });
    const r = await tg(['scan', '.', '--format', 'json'], dir, keyed);
    const pw = jsonOf(r).findings.find((f) => f.ruleId.startsWith('generic.'))!;
    expect(pw.secretId).toBe(createHmac('sha256', key).update(`tokenguard/secret-id/v2\0${PASSWORD}`).digest('hex'));
    expect(jsonOf(r)).toMatchObject({ identity: { scheme: 'keyed-v2', keyId: expect.stringMatching(/^[0-9a-f]{12}$/) } });
    const file = join(ws.dir(), 'baseline.json');
    await tg(['baseline', 'create', '.', '-o', file], dir, keyed);
    expect((await tg(['scan', '.', '--baseline', file], dir, keyed)).code).toBe(0);
    const unkeyed = await tg(['scan', '.', '--baseline', file], dir, ws.env());
    expect(unkeyed.code).toBe(2);
    expect(unkeyed.stderr).toMatch(/baseline\.json: written with a hash key \(id [0-9a-f]{12}\), but this run uses no hash key/);
    expect(unkeyed.stderr).not.toContain(key);
  });

  it('an old baseline and old ignore entries still match, with a warning and a migration', async () => {
    const dir = project();
    const env = ws.env();
    const found = jsonOf(await tg(['scan', '.', '--format', 'json', '--show-secrets'], dir, env)).findings;
    const old = { version: 1, entries: found.map((f) => ({ ruleId: f.ruleId, path: f.path, secretSha256: sha256(f.secret as string) })) };
    const oldFile = join(ws.dir(), 'old-baseline.json');
    writeFileSync(oldFile, JSON.stringify(old));
    const r = await tg(['scan', '.', '--baseline', oldFile, '--format', 'json'], dir, env);
    expect(r.code).toBe(0);
    expect(jsonOf(r).warnings).toContainEqual(expect.stringMatching(/an old baseline \(version 1: a plain SHA-256 of each secret.*tokenguard baseline migrate/));
    const migrated = join(ws.dir(), 'new-baseline.json');
    const m = await tg(['baseline', 'migrate', '.', '--from', oldFile, '-o', migrated], dir, env);
    expect(m.code).toBe(0);
    expect(m.stderr).toMatch(new RegExp(`migrated ${old.entries.length} of ${old.entries.length} entries`));
    expectNoPlainHashes(readFileSync(migrated, 'utf8'));
    expect(JSON.parse(readFileSync(migrated, 'utf8'))).toMatchObject({ version: 2 });
    expect((await tg(['scan', '.', '--baseline', migrated], dir, env)).code).toBe(0);
    // An ignore file written before: fingerprints made from the plain hash.
    const legacy = found.map((f) => fingerprint(f.ruleId, f.path, sha256(f.secret as string)));
    ws.write(dir, { '.tokenguardignore': legacy.join('\n') + '\n' });
    const ig = await tg(['scan', '.', '--format', 'json'], dir, env);
    expect(ig.code).toBe(0);
    expect(jsonOf(ig).warnings).toContainEqual(expect.stringMatching(/^\.tokenguardignore:1: an old-style fingerprint \(plain SHA-256 identity\); replace it with [0-9a-f]{32}$/));
  });
});
