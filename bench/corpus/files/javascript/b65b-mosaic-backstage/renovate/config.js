// Global config for the self-hosted Renovate runner (renovate/renovate:41 in the platform-tools
// cluster, CronJob every 2h). Repo-level config stays in each repo's renovate.json5.
module.exports = {
  platform: 'gitlab',
  endpoint: 'https://gitlab.mosaic-health.io/api/v4/',
  token: process.env.RENOVATE_TOKEN,
  gitAuthor: 'Renovate Bot <renovate@mosaic-health.io>',
  autodiscover: true,
  autodiscoverFilter: ['mosaic/**', '!mosaic/archive/**'],
  onboardingConfig: {
    extends: ['local>mosaic/renovate-config'],
  },
  repositoryCache: 'enabled',
  persistRepoData: true,
  githubTokenWarn: false,
  // release notes lookups against github.com (public repos only, no scopes)
  // keep as env so it does not end up in logs
  hostRules: [
    {
      matchHost: 'github.com',
      token: process.env.RENOVATE_GITHUB_COM_TOKEN,
    },
    {
      matchHost: 'mosaic.jfrog.io',
      hostType: 'npm',
      token: '⟦jfrog_access_token⟧',
    },
    {
      matchHost: 'index.docker.io',
      hostType: 'docker',
      username: 'mosaicci',
      password: '⟦dockerhub_pat⟧',
    },
  ],
  logLevel: 'info',
};
