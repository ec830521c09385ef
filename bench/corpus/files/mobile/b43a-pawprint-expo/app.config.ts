import type { ExpoConfig, ConfigContext } from 'expo/config';

const IS_PROD = process.env.APP_VARIANT === 'production';

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: IS_PROD ? 'Pawprint' : 'Pawprint (dev)',
  slug: 'pawprint',
  scheme: 'pawprint',
  version: '2.7.0',
  runtimeVersion: { policy: 'appVersion' },
  updates: {
    url: 'https://u.expo.dev/⟦uuid:easproject⟧',
    codeSigningCertificate: './certs/certificate.pem',
    codeSigningMetadata: { keyid: 'main', alg: 'rsa-v1_5-sha256' },
  },
  ios: {
    bundleIdentifier: IS_PROD ? 'vet.pawprint.app' : 'vet.pawprint.app.dev',
    googleServicesFile: process.env.GOOGLE_SERVICES_PLIST ?? './GoogleService-Info.plist',
    config: { usesNonExemptEncryption: false },
  },
  android: {
    package: IS_PROD ? 'vet.pawprint.app' : 'vet.pawprint.app.dev',
    googleServicesFile: process.env.GOOGLE_SERVICES_JSON ?? './google-services.json',
  },
  plugins: [
    'expo-router',
    ['@sentry/react-native/expo', { organization: 'pawprint', project: 'pawprint-app', url: 'https://sentry.io/' }],
    ['react-native-purchases', {}],
  ],
  extra: {
    eas: { projectId: '⟦uuid:easproject⟧' },
    sentryDsn: 'https://⟦md5:dsn⟧@o4506918.ingest.us.sentry.io/4506918442',
    revenueCat: {
      iosKey: process.env.EXPO_PUBLIC_REVENUECAT_IOS_KEY,
      // needed by the "restore purchases" debug screen; REMOVE before 2.8 (ticket PAW-311)
      secretKey: '⟦b39b_revenuecat_secret_key:dbg⟧',
    },
  },
});
