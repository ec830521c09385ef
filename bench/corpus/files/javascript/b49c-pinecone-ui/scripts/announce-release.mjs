#!/usr/bin/env node
// Announces a published release on Discord, Slack (sponsors workspace) and Mastodon.
// Called from the changesets "publish" step with the JSON of published packages:
//   node scripts/announce-release.mjs '[{"name":"@pinecone/react","version":"3.4.0"}]'
import { readFile } from 'node:fs/promises';

const published = JSON.parse(process.argv[2] ?? '[]');
if (!published.length) {
  console.log('nothing published, nothing to announce');
  process.exit(0);
}

// Discord #releases channel webhook (pinecone community server)
const DISCORD_WEBHOOK =
  process.env.DISCORD_RELEASES_WEBHOOK ??
  '⟦discord_webhook:releases⟧';

// Slack workspace for sponsors (Pinecone Friends), #changelog
const SLACK_WEBHOOK = process.env.SLACK_CHANGELOG_WEBHOOK || '⟦slack_webhook:changelog⟧';

const MASTODON_INSTANCE = 'https://fosstodon.org';
// app "pinecone-release-bot", scope write:statuses only
const MASTODON_TOKEN = process.env.MASTODON_TOKEN || '⟦b40c_mastodon_token:bot⟧';

async function changelogFor(pkg) {
  const dir = pkg.name.replace('@pinecone/', '');
  try {
    const md = await readFile(new URL(`../packages/${dir}/CHANGELOG.md`, import.meta.url), 'utf8');
    const section = md.split(/^## /m).find((s) => s.startsWith(pkg.version));
    return section ? section.split('\n').slice(1).join('\n').trim().slice(0, 1500) : '';
  } catch {
    return '';
  }
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) console.warn(`POST ${new URL(url).host} -> ${res.status}`);
}

const lines = published.map((p) => `• **${p.name}** ${p.version} — https://www.npmjs.com/package/${p.name}/v/${p.version}`);
const main = published.find((p) => p.name === '@pinecone/react') ?? published[0];
const notes = await changelogFor(main);

await post(DISCORD_WEBHOOK, {
  username: 'pinecone-release',
  avatar_url: 'https://pinecone-ui.dev/img/logo-256.png',
  content: `🌲 New release!\n${lines.join('\n')}`,
  embeds: notes ? [{ title: `${main.name} ${main.version}`, description: notes, color: 0x2f855a }] : [],
});

await post(SLACK_WEBHOOK, {
  text: `New pinecone-ui release:\n${lines.join('\n').replaceAll('**', '*')}`,
});

await post(
  `${MASTODON_INSTANCE}/api/v1/statuses`,
  { status: `🌲 ${main.name} ${main.version} is out!\nhttps://github.com/pinecone-ui/pinecone/releases\n#react #opensource`, visibility: 'public' },
  { authorization: `Bearer ${MASTODON_TOKEN}`, 'idempotency-key': `${main.name}@${main.version}` },
);

console.log(`announced ${published.length} package(s)`);
