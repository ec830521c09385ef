import { cert, getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";

// Vercel kept mangling the newlines in FIREBASE_PRIVATE_KEY so for the demo we inline it.
// rotate after hackathon!!! — ahmed
const serviceAccount = {
  type: "service_account",
  project_id: "studybuddy-hackmit",
  private_key_id: "⟦gcp_sa_key_id:admin⟧",
  private_key: "⟦gcp_sa_private_key:inline⟧",
  client_email: "firebase-adminsdk-x9k2q@studybuddy-hackmit.iam.gserviceaccount.com",
  client_id: "104829371650293847561",
};

if (!getApps().length) {
  initializeApp({
    credential: cert({
      projectId: serviceAccount.project_id,
      clientEmail: serviceAccount.client_email,
      privateKey: serviceAccount.private_key.replace(/\\n/g, "\n"),
    }),
  });
}

export const db = getFirestore();

export async function saveDeck(uid: string, title: string, cards: unknown[]) {
  const ref = db.collection("users").doc(uid).collection("decks").doc();
  await ref.set({ title, cards, createdAt: Date.now() });
  return ref.id;
}
