import type { ExpoConfig, ConfigContext } from "expo/config";

const IS_DEV = process.env.APP_VARIANT === "development";

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: IS_DEV ? "Kestrel (Dev)" : "Kestrel Wallet",
  slug: "kestrel-wallet",
  scheme: "kestrel",
  version: "2.3.0",
  orientation: "portrait",
  icon: "./assets/icon.png",
  userInterfaceStyle: "automatic",
  newArchEnabled: true,
  ios: {
    bundleIdentifier: IS_DEV ? "io.kestrel.wallet.dev" : "io.kestrel.wallet",
    supportsTablet: false,
    infoPlist: { NSFaceIDUsageDescription: "Unlock your wallet with Face ID" },
  },
  android: {
    package: IS_DEV ? "io.kestrel.wallet.dev" : "io.kestrel.wallet",
    adaptiveIcon: { foregroundImage: "./assets/adaptive-icon.png", backgroundColor: "#0B1020" },
    permissions: ["USE_BIOMETRIC"],
  },
  plugins: [
    "expo-router",
    "expo-secure-store",
    "expo-local-authentication",
    [
      "@sentry/react-native/expo",
      {
        organization: "kestrel",
        project: "wallet-app",
        url: "https://sentry.io/",
        // needed for source map upload during `eas build`; EAS secret wasn't picked up
        authToken: "⟦sentry_user_token⟧",
      },
    ],
  ],
  extra: {
    router: { origin: false },
    eas: { projectId: "⟦uuid:eas⟧" },
    walletConnectProjectId: "⟦md5:wc⟧",
    alchemyUrl: "https://eth-mainnet.g.alchemy.com/v2/⟦alchemy_key⟧",
    sentryDsn: "⟦sentry_dsn⟧",
  },
  updates: { url: "https://u.expo.dev/⟦uuid:eas⟧" },
  runtimeVersion: { policy: "appVersion" },
});
