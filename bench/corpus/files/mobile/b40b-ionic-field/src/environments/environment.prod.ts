// This file is replaced by `ng build --configuration production` (see angular.json fileReplacements).
export const environment = {
  production: true,
  appVersion: '5.2.0',
  apiUrl: 'https://field.terrasurvey.io/api',

  // Firebase web config: these identifiers are public by design
  firebase: {
    apiKey: '⟦firebase_web_api_key⟧',
    authDomain: 'terrasurvey-field.firebaseapp.com',
    projectId: 'terrasurvey-field',
    storageBucket: 'terrasurvey-field.appspot.com',
    messagingSenderId: '⟦b40b_firebase_app_id:fb|slice=2-14⟧',
    appId: '⟦b40b_firebase_app_id:fbweb⟧',
    measurementId: 'G-7K2QX9PLMD',
  },

  // Appwrite (self-hosted) for offline photo sync.
  // The server API key is needed because anonymous sessions can't write to the "surveys" bucket
  // with the current permissions model. Revisit with teams/roles.
  appwrite: {
    endpoint: 'https://appwrite.terrasurvey.io/v1',
    projectId: '6650f1a2003c8b9e4d71',
    bucketId: 'surveys',
    apiKey: '⟦b40b_appwrite_api_key⟧',
  },

  mapbox: {
    accessToken: '⟦mapbox_public_token⟧',
    style: 'mapbox://styles/terrasurvey/clx2k9f0p00ab01qk3h7d2m1z',
  },

  sentry: {
    dsn: '⟦sentry_dsn⟧',
    tracesSampleRate: 0.05,
  },
};
