import { withSentryConfig } from "@sentry/nextjs";
import bundleAnalyzer from "@next/bundle-analyzer";

const withBundleAnalyzer = bundleAnalyzer({ enabled: process.env.ANALYZE === "true" });

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    typedRoutes: true,
    serverActions: { bodySizeLimit: "4mb" },
  },
  images: {
    remotePatterns: [
      { protocol: "https", hostname: "*.public.blob.vercel-storage.com" },
      { protocol: "https", hostname: "utfs.io" },
      { protocol: "https", hostname: "img.clerk.com" },
    ],
  },
  // Inlined at build time. Only NEXT_PUBLIC_ values should ever end up here...
  env: {
    NEXT_PUBLIC_MAPBOX_TOKEN: "⟦mapbox_public_token⟧",
    NEXT_PUBLIC_ALGOLIA_APP_ID: "⟦b40b_algolia_app_id⟧",
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: "⟦algolia_search_key⟧",
    // store-locator geocoding runs in a server action; the secret-scoped token is needed for the
    // Directions Matrix API. TODO move to process.env
    MAPBOX_SECRET_TOKEN: "⟦mapbox_secret_token⟧",
  },
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
        ],
      },
    ];
  },
  async redirects() {
    return [
      { source: "/shop", destination: "/products", permanent: true },
      { source: "/cart/checkout", destination: "/checkout", permanent: false },
    ];
  },
};

export default withSentryConfig(withBundleAnalyzer(nextConfig), {
  org: "storefront-labs",
  project: "web",
  silent: !process.env.CI,
  widenClientFileUpload: true,
  hideSourceMaps: true,
  disableLogger: true,
});
