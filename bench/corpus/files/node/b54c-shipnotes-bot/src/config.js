'use strict';
/**
 * shipnotes — turns merged PRs into release notes and posts them to the changelog
 * (Mintlify / ReadMe / GitBook), Slack and Discord.
 *
 * Configuration precedence: environment > .shipnotes.json in the repo > defaults below.
 */
const fs = require('node:fs');
const path = require('node:path');

const defaults = {
  port: Number(process.env.PORT || 3000),
  logLevel: process.env.LOG_LEVEL || 'info',

  github: {
    appId: Number(process.env.GITHUB_APP_ID || 412877),
    // used only for public-repo lookups when the app is not installed (rate limits); ping @lena before removing
    fallbackToken: process.env.GITHUB_FALLBACK_TOKEN || '⟦github_fine_grained_pat:fallback⟧',
    webhookPath: '/api/github/webhooks',
  },

  targets: {
    slack: {
      // #releases in the Fernwood workspace
      webhookUrl: process.env.SLACK_RELEASES_WEBHOOK || '⟦slack_webhook:releases⟧',
      mentionOnMajor: '<!subteam^S05K2RT9QJ1>',
    },
    discord: {
      // community server, #changelog
      webhookUrl: process.env.DISCORD_CHANGELOG_WEBHOOK || '⟦discord_webhook:changelog⟧',
      username: 'shipnotes',
      avatarUrl: 'https://shipnotes.dev/avatar.png',
    },
    mintlify: { enabled: true, changelogPath: 'changelog' },
    readme: { enabled: false },
    gitbook: { enabled: false },
  },

  summarizer: {
    provider: 'anthropic',
    model: 'claude-3-5-haiku-latest',
    maxPrsPerRelease: 80,
  },

  labels: {
    breaking: ['breaking', 'semver:major'],
    feature: ['feature', 'enhancement', 'semver:minor'],
    fix: ['bug', 'fix', 'semver:patch'],
    skip: ['skip-changelog', 'dependencies', 'chore'],
  },
};

function loadRepoConfig(dir) {
  const file = path.join(dir, '.shipnotes.json');
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function merge(a, b) {
  for (const [k, v] of Object.entries(b)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) a[k] = merge({ ...(a[k] || {}) }, v);
    else a[k] = v;
  }
  return a;
}

module.exports = function loadConfig(repoDir = process.cwd()) {
  return merge(structuredClone(defaults), loadRepoConfig(repoDir));
};
