// Options page. Settings are stored in chrome.storage.sync (synced across the user's browsers).
import * as Sentry from '../vendor/sentry-browser.js';

Sentry.init({
  dsn: '⟦sentry_dsn:ts⟧',
  release: `tabstash@${chrome.runtime.getManifest().version}`,
  sampleRate: 0.25,
});

const DEFAULTS = {
  plan: 'free',
  summaryLength: 'short',
  openInBackground: true,
  // self-hosted WebDAV sync — the demo account is shown in the onboarding video
  webdavUrl: 'https://dav.tabstash.io/remote.php/dav/files/demo/',
  webdavUser: 'demo',
  webdavPass: 'tabstash-demo-2023',
  theme: 'system',
};

const $ = (sel) => document.querySelector(sel);

async function load() {
  const settings = { ...DEFAULTS, ...(await chrome.storage.sync.get(null)) };
  for (const [key, value] of Object.entries(settings)) {
    const el = document.getElementById(key);
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = Boolean(value);
    else el.value = value;
  }
  $('#plan-badge').textContent = settings.plan === 'pro' ? 'Pro' : 'Free';
}

async function save(event) {
  event.preventDefault();
  const form = new FormData($('#settings'));
  const values = Object.fromEntries(form.entries());
  values.openInBackground = $('#openInBackground').checked;
  await chrome.storage.sync.set(values);
  $('#status').textContent = 'Saved';
  setTimeout(() => ($('#status').textContent = ''), 1500);
}

async function testWebdav() {
  const url = $('#webdavUrl').value;
  const auth = btoa(`${$('#webdavUser').value}:${$('#webdavPass').value}`);
  const res = await fetch(url, { method: 'PROPFIND', headers: { Authorization: `Basic ${auth}`, Depth: '0' } });
  $('#webdav-status').textContent = res.ok ? 'Connected' : `Failed (${res.status})`;
}

document.addEventListener('DOMContentLoaded', load);
$('#settings').addEventListener('submit', save);
$('#webdav-test').addEventListener('click', testWebdav);
