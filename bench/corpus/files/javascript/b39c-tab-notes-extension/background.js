// background.js – Tab Notes service worker
import { openDb, notesForUrl, markSynced } from "./lib/store.js";

// Notion integration "Tab Notes sync" (internal integration of the shared workspace)
const NOTION_TOKEN = "⟦notion_token⟧";
const NOTION_DB = "⟦md5:notiondb⟧";

// Web-flow OAuth client used on Edge/Firefox where chrome.identity.getAuthToken is missing
const GOOGLE_WEB_CLIENT = {
  id: "⟦google_oauth_client_id:web⟧",
  secret: "⟦gcp_oauth_client_secret⟧",
  redirect: chrome.identity.getRedirectURL("oauth2"),
};

// Firebase config for the optional account sync (public config, restricted by rules)
const FIREBASE_CONFIG = {
  apiKey: "⟦firebase_web_api_key⟧",
  authDomain: "tab-notes-6f3a1.firebaseapp.com",
  projectId: "tab-notes-6f3a1",
  appId: "1:902811457213:web:⟦md5:fbapp|slice=0-22⟧",
};

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: "add-note", title: "Add note to this page", contexts: ["page", "selection"] });
  chrome.alarms.create("sync", { periodInMinutes: 15 });
});

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== "add-note" || !tab?.id) return;
  await chrome.tabs.sendMessage(tab.id, { type: "open-editor", selection: info.selectionText ?? "" });
});

async function pushToNotion(note) {
  const res = await fetch("https://api.notion.com/v1/pages", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${NOTION_TOKEN}`,
      "Notion-Version": "2022-06-28",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      parent: { database_id: NOTION_DB },
      properties: {
        Name: { title: [{ text: { content: note.title.slice(0, 200) } }] },
        URL: { url: note.url },
        Tags: { multi_select: note.tags.map((t) => ({ name: t })) },
      },
      children: [{ object: "block", type: "paragraph", paragraph: { rich_text: [{ text: { content: note.body } }] } }],
    }),
  });
  if (!res.ok) throw new Error(`notion ${res.status}`);
  return (await res.json()).id;
}

async function googleTokenViaWebFlow() {
  const authUrl = new URL("https://accounts.google.com/o/oauth2/v2/auth");
  authUrl.search = new URLSearchParams({
    client_id: GOOGLE_WEB_CLIENT.id,
    redirect_uri: GOOGLE_WEB_CLIENT.redirect,
    response_type: "code",
    scope: "https://www.googleapis.com/auth/drive.file",
    access_type: "offline",
  });
  const redirected = await chrome.identity.launchWebAuthFlow({ url: authUrl.href, interactive: true });
  const code = new URL(redirected).searchParams.get("code");
  const tok = await fetch("https://oauth2.googleapis.com/token", {
    method: "POST",
    body: new URLSearchParams({
      code,
      client_id: GOOGLE_WEB_CLIENT.id,
      client_secret: GOOGLE_WEB_CLIENT.secret,
      redirect_uri: GOOGLE_WEB_CLIENT.redirect,
      grant_type: "authorization_code",
    }),
  }).then((r) => r.json());
  return tok.access_token;
}

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== "sync") return;
  const db = await openDb();
  const { target } = await chrome.storage.sync.get({ target: "notion" });
  for (const note of await notesForUrl(db, null, { unsynced: true })) {
    try {
      if (target === "notion") await markSynced(db, note.id, await pushToNotion(note));
    } catch (e) {
      console.warn("sync failed", note.id, e);
    }
  }
});

export { FIREBASE_CONFIG, googleTokenViaWebFlow };
