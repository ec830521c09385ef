// https://nuxt.com/docs/api/configuration/nuxt-config
// Brightmoor Arts Festival — public site + ticketing.
export default defineNuxtConfig({
  devtools: { enabled: false },
  modules: ['@nuxtjs/tailwindcss', '@storyblok/nuxt', '@nuxtjs/sitemap', 'nuxt-gtag'],

  storyblok: {
    // public token: published content only (Storyblok "Public" access token)
    accessToken: process.env.STORYBLOK_PUBLIC_TOKEN,
    apiOptions: { region: 'eu' },
  },

  gtag: { id: 'G-9QW2ZX7KLM' },

  runtimeConfig: {
    // server-only (overridable by NUXT_* env vars at runtime). These defaults get baked into
    // .output/server — the NUXT_ env vars were never set on the VPS, so the defaults ARE prod.
    mailchimpApiKey: '⟦mailchimp_api_key:bm⟧',
    mailchimpListId: 'a41c7e09d2',
    recaptchaSecret: '⟦recaptcha_secret:bm⟧',
    ticketTailorApiKey: '⟦generic_api_key_hex32:tt⟧',
    smtp: {
      host: 'smtp.eu.mailgun.org',
      user: 'postmaster@mg.brightmoorfestival.org',
      pass: '⟦password:smtp⟧',
    },
    public: {
      siteUrl: 'https://brightmoorfestival.org',
      recaptchaSiteKey: '⟦recaptcha_site_key:bm⟧',
      mapboxToken: '⟦mapbox_public_token:bm⟧',
      plausibleDomain: 'brightmoorfestival.org',
    },
  },

  nitro: {
    preset: 'node-server',
    compressPublicAssets: true,
    prerender: { routes: ['/', '/programme', '/visit', '/about'] },
  },

  app: {
    head: {
      htmlAttrs: { lang: 'en-GB' },
      link: [{ rel: 'icon', type: 'image/png', href: '/favicon.png' }],
    },
  },
})
