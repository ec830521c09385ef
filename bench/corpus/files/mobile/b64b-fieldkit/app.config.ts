import type { ExpoConfig, ConfigContext } from 'expo/config'

const IS_PROD = process.env.APP_VARIANT === 'production'

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: IS_PROD ? 'Fieldkit' : 'Fieldkit (dev)',
  slug: 'fieldkit',
  scheme: 'fieldkit',
  version: '4.2.0',
  runtimeVersion: { policy: 'appVersion' },
  orientation: 'portrait',
  icon: './assets/icon.png',
  updates: { url: 'https://u.expo.dev/⟦uuid:easproj⟧' },
  ios: {
    bundleIdentifier: IS_PROD ? 'com.fieldkit.app' : 'com.fieldkit.app.dev',
    supportsTablet: true,
    config: {
      // iOS Maps SDK key, restricted to the bundle id in Cloud Console
      googleMapsApiKey: '⟦b64b_gmaps_browser_key:ios⟧',
    },
    infoPlist: { NSLocationWhenInUseUsageDescription: 'Fieldkit uses your location to tag survey points.' },
  },
  android: {
    package: IS_PROD ? 'com.fieldkit.app' : 'com.fieldkit.app.dev',
    googleServicesFile: './android/app/google-services.json',
    config: {
      googleMaps: { apiKey: '⟦b64b_gmaps_browser_key:android⟧' },
    },
    permissions: ['ACCESS_FINE_LOCATION', 'CAMERA'],
  },
  plugins: [
    'expo-router',
    [
      '@rnmapbox/maps',
      {
        RNMapboxMapsImpl: 'mapbox',
        // secret download token (scope DOWNLOADS:READ) — needed at prebuild to fetch the native SDK
        RNMapboxMapsDownloadToken: '⟦mapbox_secret_token:dl⟧',
      },
    ],
    [
      '@sentry/react-native/expo',
      {
        organization: 'fieldkit',
        project: 'fieldkit-mobile',
        url: 'https://sentry.io/',
      },
    ],
    ['expo-build-properties', { android: { minSdkVersion: 24 }, ios: { deploymentTarget: '15.1' } }],
  ],
  extra: {
    eas: { projectId: '⟦uuid:easproj⟧' },
    mapboxPublicToken: '⟦mapbox_public_token:fk⟧',
    sentryDsn: '⟦sentry_dsn:fk⟧',
    apiUrl: IS_PROD ? 'https://api.fieldkit.app' : 'https://staging-api.fieldkit.app',
    // used by src/lib/uploads.ts to sign S3 PUTs for photos. TODO: presign server-side (FK-388)
    uploadsSigningSecret: '⟦webhook_signing_secret:uploads⟧',
  },
})
