/**
 * Keys that ship to every client or travel with their secret (Amplitude's API key, RudderStack's write
 * key, Ghost's Content API key, X's consumer key, Mixpanel's project token) are info findings, shown only
 * with `--min-severity info`; their secret halves stay reported. Found on a blind corpus batch (batch46-b,
 * a marketing team's analytics stack), where they were most of its false alarms.
 */
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';
import { base62, token, hex } from '../helpers/scan-files';

type Found = { path: string; ruleId: string; severity: string; secret: string };

async function scan(files: Record<string, string>, ...extra: string[]): Promise<Found[]> {
  const dir = tempDir('tg-public-halves-');
  writeTree(dir, files);
  const r = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets', ...extra]);
  expect(r.code === 0 || r.code === 1).toBe(true);
  return (JSON.parse(r.stdout) as { findings: Found[] }).findings;
}

describe('public halves of credential pairs', () => {
  const v = {
    ampKey: hex(32),
    ampSecret: hex(32),
    rudder: `${base62(24)}7Qz`,
    ghost: hex(26),
    xKey: `${base62(22)}4k9`,
    xSecret: token(50),
  };
  const files = {
    '.env.production': `AMPLITUDE_API_KEY=${v.ampKey}\nAMPLITUDE_SECRET_KEY=${v.ampSecret}\nGHOST_CONTENT_API_KEY=${v.ghost}\n`,
    'web/index.html': `<script>\n  rudderanalytics.load("${v.rudder}", "https://dataplane.example.com");\n</script>\n`,
    'config/accounts.toml': `[x.birds]\nconsumer_key = "${v.xKey}"\nconsumer_secret = "${v.xSecret}"\n`,
  };

  it('reports only the secret halves by default', async () => {
    const found = await scan(files);
    expect(found.map((f) => f.secret).sort()).toEqual([v.ampSecret, v.xSecret].sort());
  });

  it('shows the public halves at info severity when asked', async () => {
    const found = await scan(files, '--min-severity', 'info');
    const info = found.filter((f) => f.severity === 'info');
    expect(info.map((f) => [f.ruleId, f.secret]).sort()).toEqual(
      [
        ['amplitude.api-key', v.ampKey],
        ['ghost.content-api-key', v.ghost],
        ['rudderstack.write-key', v.rudder],
        ['twitter-x.api-key', v.xKey],
      ].sort(),
    );
  });

  it('leaves Amplitude API keys and Mixpanel project tokens to no generic rule, and keeps their secrets', async () => {
    const mixSecret = hex(32);
    const found = await scan({
      'notebooks/cohorts.py': `AMPLITUDE_APIKEY = "${hex(32)}"\nMIXPANEL_API_SECRET = "${mixSecret}"\n`,
      'src/analytics.ts': `export const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? "${hex(32)}", { host: "api-eu.mixpanel.com" });\n`,
    });
    expect(found.map((f) => f.secret)).toEqual([mixSecret]);
  });
});
