/**
 * Forms found on blind corpus batches (bench/corpus, batch55-b and -c: live-service games, the creator
 * economy; batch54-a: a scraping team's onboarding notes): a server list's `'rcon' => 'v'`, a
 * Terraform state output that wraps its value on the key's line; and what must stay quiet (the rcon
 * port beside it, a password manager's entry named with its vault path in a table cell, GameAnalytics' game key).
 */
import { scanFiles, token, hex, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-games-');

it("reads a game server list's rcon passwords, not the rcon port", async () => {
  const v = { rust: token(20), cs2: token(20) };
  const hits = await scan({
    'web/includes/config.php': [
      '<?php',
      '$servers = [',
      `    ['name' => 'Rust 2x', 'host' => 'node1.example.gg', 'rcon_port' => 28016, 'rcon' => '${v.rust}', 'type' => 'webrcon'],`,
      `    ['name' => 'CS2 Retakes', 'host' => 'node3.example.gg', 'rcon_port' => 27015, 'rcon' => '${v.cs2}', 'type' => 'source'],`,
      '];',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([v.cs2, v.rust].sort());
});

it("reads a Terraform state output whose value is wrapped on the key's line", async () => {
  const secret = token(40);
  const hits = await scan({
    'core/terraform.tfstate': `{\n  "version": 4,\n  "outputs": {\n    "vector_access_key_id": { "value": "vector-ingest", "type": "string" },\n    "vector_secret_access_key": { "value": "${secret}", "type": "string", "sensitive": true }\n  }\n}\n`,
  });
  expect(secrets(hits)).toEqual([secret]);
});

it("does not take a password manager's entry named with its vault path for a credential", async () => {
  const hits = await scan({
    'docs/ONBOARDING.md': [
      '| Service   | Who grants it | Where the credential lives                 |',
      '|-----------|---------------|--------------------------------------------|',
      '| Apify     | Priya         | 1Password → Growth → "Apify API token"     |',
      '| SerpApi   | Priya         | 1Password → Scraping → "SerpApi"           |',
      '| Hunter.io | Ken           | Bitwarden > Enrichment > "Hunter.io"       |',
      '',
    ].join('\n'),
  });
  expect(secrets(hits)).toEqual([]);
});

it("reads a provider's own authorization header or variable (PlayFab, Redocly), not a bare Authorization", async () => {
  const v = { ticket: `C4C74800EBAEF5F2-${token(16).toUpperCase()}-40484-${token(12)}+${token(20)}=`, redocly: token(40) };
  const hits = await scan({
    'logs/liveops-cli.log': `2025-03-11T09:58:07.720Z DEBUG   headers: {"Content-Type":"application/json","X-Authorization":"${v.ticket}"}\n2025-03-11T09:58:07.721Z DEBUG   headers: {"Authorization":"see-the-session-store-for-details"}\n`,
    '.env': `# Redocly push\nREDOCLY_AUTHORIZATION=${v.redocly}\nREDOCLY_AUTHORIZATION_HEADER=X-Redocly-Key\n`,
  });
  expect(secrets(hits)).toEqual([v.redocly, v.ticket].sort());
});

it("reads GameAnalytics' secret key, not its game key (an identifier every client build holds)", async () => {
  const secret = hex(40);
  const hits = await scan({
    '.env.liveops': `GA_GAME_KEY=${hex(32)}\nGA_SECRET_KEY=${secret}\n`,
    'Config/DefaultEngine.ini': `[/Script/GameAnalytics.GameAnalyticsProjectSettings]\nGameKey=${hex(32)}\n`,
  });
  expect(secrets(hits)).toEqual([secret]);
});
