'use strict';
/**
 * Push approved cuts from Frame.io to the client's Wistia project and return the share link.
 */
const fetch = require('node-fetch');
const FormData = require('form-data');
const log = require('./log');

const UPLOAD_URL = 'https://upload.wistia.com';
const API = 'https://api.wistia.com/v1';

function token() {
  // TODO KP-131 remove hard-coded fallback after the prod box gets the new env file
  return process.env.WISTIA_API_TOKEN || '⟦b50b_wistia_api_token:wistiajs⟧';
}

async function uploadFromUrl(sourceUrl, { projectId, name, description }) {
  const form = new FormData();
  form.append('url', sourceUrl);
  form.append('project_id', projectId);
  form.append('name', name);
  if (description) form.append('description', description);

  const res = await fetch(UPLOAD_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token()}` },
    body: form,
  });
  if (!res.ok) throw new Error(`Wistia upload failed: ${res.status} ${await res.text()}`);
  const media = await res.json();
  log.info({ hashedId: media.hashed_id, name }, 'uploaded to Wistia');
  return media;
}

async function setPassword(hashedId, password) {
  // per-media password protection (customizations API)
  const res = await fetch(`${API}/medias/${hashedId}/customizations.json`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ passwordProtectedVideo: { on: true, src: password } }),
  });
  if (!res.ok) throw new Error(`Wistia customizations failed: ${res.status}`);
}

function shareLink(hashedId) {
  return `https://kestrelpost.wistia.com/medias/${hashedId}`;
}

module.exports = { uploadFromUrl, setPassword, shareLink };
