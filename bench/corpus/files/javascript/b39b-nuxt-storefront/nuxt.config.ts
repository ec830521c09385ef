// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2024-07-30',
  devtools: { enabled: process.env.NODE_ENV !== 'production' },

  modules: ['@nuxt/image', '@pinia/nuxt', '@nuxtjs/i18n', '@nuxtjs/sitemap'],

  app: {
    head: {
      htmlAttrs: { lang: 'de' },
      title: 'Bergfreunde Outlet',
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  runtimeConfig: {
    // server-only (overridable with NUXT_SHOPIFY_ADMIN_TOKEN etc.)
    shopifyAdminToken: '⟦shopify_admin_token⟧',
    shopifyWebhookSecret: process.env.SHOPIFY_WEBHOOK_SECRET,
    mailchimpApiKey: '⟦mailchimp_api_key⟧',
    mailchimpAudienceId: 'f3b91c0d2e',
    imagekitPrivateKey: '⟦b39b_imagekit_private_key⟧',
    public: {
      shopifyDomain: 'bergfreunde-outlet.myshopify.com',
      shopifyStorefrontToken: '⟦md5:storefront⟧',
      imagekitPublicKey: '⟦b39b_imagekit_public_key⟧',
      imagekitUrlEndpoint: 'https://ik.imagekit.io/bergfreunde',
      stripePublishableKey: '⟦stripe_publishable_live⟧',
      plausibleDomain: 'bergfreunde-outlet.de',
    },
  },

  image: {
    provider: 'imagekit',
    imagekit: { baseURL: 'https://ik.imagekit.io/bergfreunde' },
  },

  i18n: {
    locales: ['de', 'en', 'fr'],
    defaultLocale: 'de',
    strategy: 'prefix_except_default',
  },

  nitro: {
    preset: 'node-server',
    compressPublicAssets: true,
  },

  routeRules: {
    '/api/**': { cors: true },
    '/produkte/**': { swr: 600 },
  },
})
