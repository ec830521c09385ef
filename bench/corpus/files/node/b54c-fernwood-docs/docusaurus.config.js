// @ts-check
// Fernwood Labs developer documentation — https://docs.fernwood.dev
// Docusaurus 3.x. Translations are synced from Crowdin by .github/workflows/i18n-sync.yml.

const { themes: prismThemes } = require('prism-react-renderer');

const isDeployPreview = process.env.CONTEXT === 'deploy-preview';
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Fernwood Developer Docs',
  tagline: 'Build sensor pipelines on the Fernwood edge platform',
  favicon: 'img/favicon.ico',

  url: 'https://docs.fernwood.dev',
  baseUrl: '/',
  trailingSlash: false,

  organizationName: 'fernwood-labs',
  projectName: 'fernwood-docs',

  onBrokenLinks: isDeployPreview ? 'warn' : 'throw',
  onBrokenMarkdownLinks: 'warn',

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'de', 'fr', 'ja', 'pt-BR'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en-US' },
      de: { label: 'Deutsch', htmlLang: 'de-DE' },
      fr: { label: 'Français', htmlLang: 'fr-FR' },
      ja: { label: '日本語', htmlLang: 'ja-JP' },
      'pt-BR': { label: 'Português (Brasil)', htmlLang: 'pt-BR' },
    },
  },

  customFields: {
    crowdinProjectId: 614382,
    // "Translate this page" widget in the footer. Machine-translates pages that
    // Crowdin has not covered yet (Cloud Translation API v2, project fernwood-docs-prod).
    // TODO(mjansen): move behind the /api/translate Netlify function before launch
    googleTranslateKey: '⟦gcp_api_key:translate⟧',
    feedbackEndpoint: 'https://feedback.fernwood.dev/api/v1/page-feedback',
  },

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: ({ locale: l, docPath }) =>
            l === 'en'
              ? `https://github.com/fernwood-labs/fernwood-docs/edit/main/docs/${docPath}`
              : `https://crowdin.com/project/fernwood-docs/${l}`,
          showLastUpdateAuthor: true,
          showLastUpdateTime: true,
          versions: {
            current: { label: 'Next', path: 'next', banner: 'unreleased' },
          },
        },
        blog: {
          path: 'changelog',
          routeBasePath: 'changelog',
          blogTitle: 'Changelog',
          showReadingTime: false,
          postsPerPage: 20,
          feedOptions: { type: 'all', copyright: `© ${new Date().getFullYear()} Fernwood Labs GmbH` },
        },
        theme: {
          customCss: require.resolve('./src/css/custom.css'),
        },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
        gtag: { trackingID: 'G-7QKX2M4RZD', anonymizeIP: true },
      }),
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: [
          { from: '/docs/quickstart', to: '/docs/getting-started/quickstart' },
          { from: '/api', to: '/docs/reference/rest' },
        ],
      },
    ],
    require.resolve('./plugins/webpack-alias'),
  ],

  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      image: 'img/fernwood-social-card.png',
      announcementBar: {
        id: 'edge-os-4',
        content: 'Edge OS 4.0 is out — read the <a href="/changelog/edge-os-4">release notes</a>.',
        isCloseable: true,
      },
      navbar: {
        title: 'Fernwood',
        logo: { alt: 'Fernwood Labs', src: 'img/logo.svg', srcDark: 'img/logo-dark.svg' },
        items: [
          { type: 'docSidebar', sidebarId: 'guides', position: 'left', label: 'Guides' },
          { type: 'docSidebar', sidebarId: 'reference', position: 'left', label: 'API Reference' },
          { to: '/changelog', label: 'Changelog', position: 'left' },
          { type: 'docsVersionDropdown', position: 'right' },
          { type: 'localeDropdown', position: 'right' },
          { href: 'https://github.com/fernwood-labs', label: 'GitHub', position: 'right' },
        ],
      },
      // Algolia DocSearch. The search-only key is meant to be public (it ships in the bundle).
      algolia: {
        appId: '⟦b40b_algolia_app_id:docs⟧',
        apiKey: '⟦algolia_search_key:docs⟧',
        indexName: 'fernwood_docs',
        contextualSearch: true,
        searchParameters: { facetFilters: [`language:${locale}`] },
        searchPagePath: 'search',
        insights: true,
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Docs',
            items: [
              { label: 'Quickstart', to: '/docs/getting-started/quickstart' },
              { label: 'Edge OS', to: '/docs/edge-os' },
              { label: 'REST API', to: '/docs/reference/rest' },
            ],
          },
          {
            title: 'Community',
            items: [
              { label: 'Forum', href: 'https://community.fernwood.dev' },
              { label: 'Help translate', href: 'https://crowdin.com/project/fernwood-docs' },
            ],
          },
        ],
        copyright: `Copyright © ${new Date().getFullYear()} Fernwood Labs GmbH.`,
      },
      prism: {
        theme: prismThemes.github,
        darkTheme: prismThemes.dracula,
        additionalLanguages: ['bash', 'toml', 'rust', 'protobuf'],
      },
      colorMode: { respectPrefersColorScheme: true },
    }),
};

module.exports = config;
