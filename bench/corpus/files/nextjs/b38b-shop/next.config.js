/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.shopify.com' }],
  },
  env: {
    // exposed to the browser on purpose: public token, URL-restricted to shop.northwind.example
    NEXT_PUBLIC_MAPBOX_TOKEN: '⟦mapbox_public_token⟧',
    NEXT_PUBLIC_STRIPE_PK: '⟦stripe_publishable_live⟧',
    NEXT_PUBLIC_RECAPTCHA_SITE_KEY: '⟦recaptcha_site_key⟧',
    // NOTE: everything in `env` is inlined into the client bundle, including these two
    MAPBOX_UPLOAD_TOKEN: '⟦mapbox_secret_token:upload⟧',
    RECAPTCHA_SECRET: '⟦recaptcha_secret⟧',
  },
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }];
  },
};

module.exports = nextConfig;
