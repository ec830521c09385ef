import { withSentryConfig } from '@sentry/nextjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  experimental: { instrumentationHook: true },
  images: { remotePatterns: [{ protocol: 'https', hostname: 'cdn.mosswood.shop' }] },
  env: {
    // browser-side monitoring: these are public by design and end up in the JS bundle
    NEXT_PUBLIC_DD_RUM_APPLICATION_ID: '⟦uuid:rumapp⟧',
    NEXT_PUBLIC_DD_RUM_CLIENT_TOKEN: '⟦datadog_client_token:rum⟧',
    NEXT_PUBLIC_FARO_URL: '⟦b47c_grafana_faro_url:faro⟧',
    NEXT_PUBLIC_SENTRY_DSN: '⟦sentry_dsn:sf⟧',
  },
};

export default withSentryConfig(nextConfig, {
  org: 'mosswood',
  project: 'storefront',
  // source map upload; the token was meant to come from SENTRY_AUTH_TOKEN in CI only
  authToken: process.env.SENTRY_AUTH_TOKEN || '⟦sentry_org_token:sf⟧',
  widenClientFileUpload: true,
  hideSourceMaps: true,
  disableLogger: true,
  silent: !process.env.CI,
});
