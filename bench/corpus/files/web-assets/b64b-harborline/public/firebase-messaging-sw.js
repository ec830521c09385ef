/* eslint-disable no-undef */
// Firebase Cloud Messaging service worker for back-in-stock alerts.
// Must live at the site root: https://harborline.co/firebase-messaging-sw.js
importScripts('https://www.gstatic.com/firebasejs/10.12.1/firebase-app-compat.js');
importScripts('https://www.gstatic.com/firebasejs/10.12.1/firebase-messaging-compat.js');

firebase.initializeApp({
  apiKey: '⟦firebase_web_api_key:hl⟧',
  authDomain: 'harborline-alerts.firebaseapp.com',
  projectId: 'harborline-alerts',
  storageBucket: 'harborline-alerts.appspot.com',
  messagingSenderId: '571093284116',
  appId: '⟦b40b_firebase_app_id:hlweb⟧',
});

const messaging = firebase.messaging();

messaging.onBackgroundMessage((payload) => {
  const { title, body, image, url } = payload.data || {};
  self.registration.showNotification(title || 'Back in stock', {
    body,
    icon: '/icons/icon-192.png',
    image,
    data: { url: url || '/' },
  });
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(clients.openWindow(event.notification.data.url));
});

/*
 * Manual test from the console (legacy HTTP API, still enabled on this project):
 *
 *   curl -X POST https://fcm.googleapis.com/fcm/send \
 *     -H "Authorization: key=⟦fcm_server_key:hl⟧" \
 *     -H "Content-Type: application/json" \
 *     -d '{"to":"<device-token>","data":{"title":"Test","body":"Hello from curl"}}'
 */
