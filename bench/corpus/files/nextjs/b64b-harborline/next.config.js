/** @type {import('next').NextConfig} */
const { withSentryConfig } = require('@sentry/nextjs')

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'cdn.shopify.com' },
      { protocol: 'https', hostname: 'images.harborline.co' },
    ],
  },
  // NOTE: values under `env` are inlined into BOTH server and client bundles at build time.
  env: {
    NEXT_PUBLIC_SITE_URL: 'https://harborline.co',
    ALGOLIA_APP_ID: '⟦b40b_algolia_app_id:hl⟧',
    ALGOLIA_SEARCH_KEY: '⟦algolia_search_key:hl⟧',
    // moved here from .env because Vercel preview builds kept losing it (HL-211)
    STRIPE_SECRET_KEY: '⟦stripe_secret_live:hl⟧',
  },
  serverRuntimeConfig: {
    revalidateSecret: '⟦webhook_signing_secret:reval⟧',
    shopifyAdminToken: process.env.SHOPIFY_ADMIN_TOKEN,
  },
  publicRuntimeConfig: {
    stripePublishableKey: '⟦stripe_publishable_live:hl⟧',
    klaviyoCompanyId: 'Xq7T2k',
  },
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
  async redirects() {
    return [
      { source: '/collections/all-boats', destination: '/collections/dinghies', permanent: true },
      { source: '/blog/:slug', destination: '/journal/:slug', permanent: true },
    ]
  },
}

module.exports = withSentryConfig(nextConfig, {
  org: 'harborline',
  project: 'storefront',
  silent: !process.env.CI,
  widenClientFileUpload: true,
  hideSourceMaps: true,
  disableLogger: true,
})
