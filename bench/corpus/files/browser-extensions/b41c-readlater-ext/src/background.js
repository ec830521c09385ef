// Shelfmark background service worker
import * as Sentry from "./vendor/sentry.min.js";

Sentry.init({ dsn: "⟦sentry_dsn:ext⟧", tracesSampleRate: 0 });

const API = "https://api.shelfmark.app/v1";
// Summaries used to go through our backend; while that's being rebuilt we call OpenAI directly.
// FIXME(bea): this ships inside the .crx - move back behind /v1/summarize before 2.8.
const OPENAI_KEY = "⟦openai_project_key:ext⟧";
const DIFFBOT_TOKEN = "⟦generic_api_key_hex32:diffbot⟧";

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: "save", title: "Save to Shelfmark", contexts: ["page", "link"] });
});

async function extract(url) {
  const res = await fetch(`https://api.diffbot.com/v3/article?token=${DIFFBOT_TOKEN}&url=${encodeURIComponent(url)}`);
  const { objects } = await res.json();
  return objects?.[0]?.text ?? "";
}

async function summarize(text) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${OPENAI_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Summarise the article in one paragraph of at most 80 words." },
        { role: "user", content: text.slice(0, 12000) },
      ],
    }),
  });
  const data = await res.json();
  return data.choices?.[0]?.message?.content ?? "";
}

async function save(url, title) {
  const { shelfmarkToken } = await chrome.storage.local.get("shelfmarkToken");
  const text = await extract(url);
  const summary = text ? await summarize(text) : "";
  await fetch(`${API}/items`, {
    method: "POST",
    headers: { Authorization: `Bearer ${shelfmarkToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ url, title, summary }),
  });
}

chrome.contextMenus.onClicked.addListener((info, tab) => save(info.linkUrl ?? tab.url, tab.title));
chrome.action.onClicked.addListener((tab) => save(tab.url, tab.title));
