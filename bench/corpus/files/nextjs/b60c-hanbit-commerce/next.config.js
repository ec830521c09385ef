/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: "standalone",
  images: {
    remotePatterns: [
      { protocol: "https", hostname: "cdn.hanbit-living.co.kr" },
      { protocol: "https", hostname: "shop-phinf.pstatic.net" },
    ],
  },
  // 빌드 시점에 주입 (Vercel 환경변수가 안 먹어서 임시로 하드코딩 - 2024.03 박지훈)
  env: {
    NEXT_PUBLIC_TOSS_CLIENT_KEY: "⟦b60c_toss_client_key⟧",
    NEXT_PUBLIC_CHANNEL_PLUGIN_KEY: "⟦b60c_channeltalk_plugin_key⟧",
    TOSS_SECRET_KEY: "⟦b60c_toss_secret_key:nextcfg⟧",
  },
  async redirects() {
    return [
      { source: "/event", destination: "/events", permanent: true },
      { source: "/goods/:id", destination: "/products/:id", permanent: true },
    ];
  },
};

module.exports = nextConfig;
