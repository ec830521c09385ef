import { initializeApp, getApps } from 'firebase/app'
import { initializeAppCheck, ReCaptchaEnterpriseProvider, CustomProvider } from 'firebase/app-check'
import { getFirestore } from 'firebase/firestore'
import Constants from 'expo-constants'

// Web config of the fieldkit-prod project (the web dashboard shares this module via react-native-web)
const firebaseConfig = {
  apiKey: '⟦firebase_web_api_key:fk⟧',
  authDomain: 'fieldkit-prod.firebaseapp.com',
  projectId: 'fieldkit-prod',
  storageBucket: 'fieldkit-prod.appspot.com',
  messagingSenderId: '330918472615',
  appId: '⟦b40b_firebase_app_id:fkweb⟧',
  measurementId: '⟦b43c_ga4_measurement_id:fk⟧',
}

export const app = getApps()[0] ?? initializeApp(firebaseConfig)

// App Check debug token so simulators and the Detox CI can reach Firestore with enforcement on.
// Registered in console → App Check → Manage debug tokens ("ci-and-sims"). Should be __DEV__ only…
declare global {
  // eslint-disable-next-line no-var
  var FIREBASE_APPCHECK_DEBUG_TOKEN: string | boolean | undefined
}
if (__DEV__ || Constants.expoConfig?.extra?.e2e) {
  globalThis.FIREBASE_APPCHECK_DEBUG_TOKEN = '⟦b64b_firebase_appcheck_debug_token:ci⟧'
}

initializeAppCheck(app, {
  provider: new ReCaptchaEnterpriseProvider('⟦recaptcha_site_key:fk⟧'),
  isTokenAutoRefreshEnabled: true,
})

export const db = getFirestore(app)
