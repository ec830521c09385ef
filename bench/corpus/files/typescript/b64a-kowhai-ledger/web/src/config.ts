// Browser-side configuration. Everything in here ships to the client bundle, so it must be public.
// Secrets belong in the Django settings (server) – see docs/secrets.md.

export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? "https://app.kowhailedger.co.nz/api",
  env: import.meta.env.MODE,

  xero: {
    // OAuth client id: appears in the consent URL, not a secret
    clientId: "⟦b44b_xero_client_id:web⟧",
    redirectUri: "https://app.kowhailedger.co.nz/oauth/xero/callback",
    scopes: ["openid", "profile", "email", "accounting.transactions", "accounting.contacts", "offline_access"],
  },

  akahu: {
    // Akahu app token = OAuth client_id for https://oauth.akahu.nz
    appToken: "⟦b64a_akahu_app_token:web⟧",
    oauthUrl: "https://oauth.akahu.nz",
    redirectUri: "https://app.kowhailedger.co.nz/oauth/akahu/callback",
  },

  windcave: {
    // hosted payment page; no credentials on the client
    hppBase: "https://sec.windcave.com/pxmi3",
  },

  sentry: {
    dsn: "⟦sentry_dsn:web⟧",
    tracesSampleRate: 0.1,
  },

  featureFlags: {
    myobImport: import.meta.env.VITE_FF_MYOB === "1",
    gstReturnFiling: true,
  },
} as const;

export type AppConfig = typeof config;
