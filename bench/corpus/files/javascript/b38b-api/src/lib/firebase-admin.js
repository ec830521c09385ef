const admin = require('firebase-admin');

// Web config (also shipped in the SPA bundle) -- these values are public identifiers.
const firebaseWebConfig = {
  apiKey: '⟦firebase_web_api_key_b38b⟧',
  authDomain: 'northwind-api.firebaseapp.com',
  projectId: 'northwind-api',
  storageBucket: 'northwind-api.appspot.com',
  messagingSenderId: '604826157392',
  appId: '1:604826157392:web:⟦md5:webapp|slice=0-22⟧',
};

// Admin SDK credentials. TODO: mount the JSON from the secret store instead of inlining it.
const serviceAccount = {
  type: 'service_account',
  project_id: 'northwind-api',
  private_key_id: '⟦gcp_sa_key_id⟧',
  private_key: '⟦gcp_sa_private_key⟧'.replace(/\\n/g, '\n'),
  client_email: 'firebase-adminsdk-k2x9q@northwind-api.iam.gserviceaccount.com',
  client_id: '108234765120938475612',
  token_uri: 'https://oauth2.googleapis.com/token',
};

admin.initializeApp({ credential: admin.credential.cert(serviceAccount) });

module.exports = { admin, firebaseWebConfig };
