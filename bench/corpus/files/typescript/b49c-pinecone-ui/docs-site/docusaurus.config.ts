import { themes as prismThemes } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// Algolia DocSearch: appId and the *search-only* apiKey are meant to be public
// (they ship in the browser bundle). The admin/crawler key is NOT here.
const ALGOLIA_APP_ID = '⟦b40b_algolia_app_id:docs⟧';
const ALGOLIA_SEARCH_KEY = '⟦algolia_search_key:docs⟧';

const config: Config = {
  title: 'pinecone-ui',
  tagline: 'Accessible React primitives that grow with you',
  favicon: 'img/favicon.ico',
  url: 'https://pinecone-ui.dev',
  baseUrl: '/',
  organizationName: 'pinecone-ui',
  projectName: 'pinecone',
  onBrokenLinks: 'throw',
  onBrokenMarkdownLinks: 'warn',
  i18n: { defaultLocale: 'en', locales: ['en', 'sv', 'ja'] },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: 'https://github.com/pinecone-ui/pinecone/tree/main/docs-site/',
          showLastUpdateTime: true,
        },
        blog: { showReadingTime: true, blogSidebarCount: 10 },
        theme: { customCss: './src/css/custom.css' },
        gtag: { trackingID: 'G-8QK2ZL5R1T', anonymizeIP: true },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    announcementBar: {
      id: 'v3',
      content: 'pinecone-ui 3.0 is out! <a href="/blog/v3">Read the announcement</a>',
    },
    navbar: {
      title: 'pinecone-ui',
      logo: { alt: 'pinecone-ui logo', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs' },
        { to: '/blog', label: 'Blog', position: 'left' },
        { href: 'https://opencollective.com/pinecone-ui', label: 'Sponsor', position: 'right' },
        { href: 'https://github.com/pinecone-ui/pinecone', label: 'GitHub', position: 'right' },
      ],
    },
    algolia: {
      appId: ALGOLIA_APP_ID,
      apiKey: ALGOLIA_SEARCH_KEY,
      indexName: 'pinecone-ui',
      contextualSearch: true,
      searchPagePath: 'search',
    },
    footer: {
      style: 'dark',
      copyright: `Copyright © ${new Date().getFullYear()} pinecone-ui contributors. MIT licensed.`,
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
