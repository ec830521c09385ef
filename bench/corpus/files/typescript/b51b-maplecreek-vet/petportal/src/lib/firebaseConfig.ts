// Firebase web config for push notifications ("your pet's results are ready").
// These values are public by design: they identify the Firebase project to the browser.
// Access is enforced by Firestore/Storage security rules and App Check, not by hiding this.
import { initializeApp, getApps } from 'firebase/app';
import { getMessaging, isSupported } from 'firebase/messaging';

export const firebaseConfig = {
  apiKey: '⟦firebase_web_api_key:cfg⟧',
  authDomain: 'mcvg-petportal.firebaseapp.com',
  projectId: 'mcvg-petportal',
  storageBucket: 'mcvg-petportal.appspot.com',
  messagingSenderId: '⟦b42a_discord_snowflake:sender|slice=0-12⟧',
  appId: '1:⟦b42a_discord_snowflake:sender|slice=0-12⟧:web:⟦short_sha:app⟧e4b1c2d3a9f0',
  measurementId: '⟦b43c_ga4_measurement_id:portal⟧',
};

// VAPID public key from Firebase console > Cloud Messaging > Web Push certificates (public half)
export const VAPID_PUBLIC_KEY = '⟦b44c_vapid_public_key:fcm⟧';

export function firebaseApp() {
  return getApps()[0] ?? initializeApp(firebaseConfig);
}

export async function messaging() {
  return (await isSupported()) ? getMessaging(firebaseApp()) : null;
}
