/*
 * Lumenwave EdgeWorker: geo-redirect + signed HLS segment URLs.
 *
 *  onClientRequest  : country -> regional catalogue redirect (EdgeKV lookup)
 *  responseProvider : rewrite HLS playlists so every segment URL carries an
 *                     Auth Token 2.0 (__token__) the property verifies.
 *
 * EdgeKV namespace "geo", group "redirects". Token in edgekv_tokens.js.
 */
import { logger } from 'log';
import { httpRequest } from 'http-request';
import { createResponse } from 'create-response';
import { TextEncoderStream, TextDecoderStream } from 'text-encode-transform';
import { ReadableStream, WritableStream } from 'streams';
import { crypto } from 'crypto';
import { EdgeKV } from './edgekv.js';

const edgeKv = new EdgeKV({ namespace: 'geo', group: 'redirects' });

// Same key as the "Segment Media Protection" / verifyTokenAuthorization behaviour
// in the lumen-vod property. Rotate both together (see runbooks/cdn-failover.md).
const TOKEN_KEY_HEX = '⟦b66b_akamai_edgeauth_key:segments⟧';
const TOKEN_WINDOW_SECONDS = 6 * 60 * 60;
const TOKEN_NAME = '__token__';

const UNSUPPORTED = new Set(['KP', 'IR', 'SY', 'CU']);

function hexToBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

function bytesToHex(buf) {
  return Array.from(new Uint8Array(buf)).map((b) => b.toString(16).padStart(2, '0')).join('');
}

let cachedKey;
async function hmacKey() {
  if (!cachedKey) {
    cachedKey = await crypto.subtle.importKey('raw', hexToBytes(TOKEN_KEY_HEX), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  }
  return cachedKey;
}

async function makeToken(acl, now) {
  const exp = now + TOKEN_WINDOW_SECONDS;
  const fields = `st=${now}~exp=${exp}~acl=${acl}`;
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(), new TextEncoder().encode(fields));
  return `${fields}~hmac=${bytesToHex(sig)}`;
}

export async function onClientRequest(request) {
  const country = (request.userLocation && request.userLocation.country) || 'US';
  if (UNSUPPORTED.has(country)) {
    request.respondWith(451, { 'Content-Type': ['text/plain'] }, 'Not available in your region');
    return;
  }
  if (request.path === '/' || request.path === '/browse') {
    let target = null;
    try {
      target = await edgeKv.getText({ item: country.toLowerCase(), default_value: null, timeout: 400 });
    } catch (e) {
      logger.log('edgekv error %s', e.toString());
    }
    if (target) {
      request.respondWith(302, { Location: [target], 'Cache-Control': ['private, max-age=0'] }, '');
    }
  }
}

class PlaylistRewriter {
  constructor(token) {
    this.token = token;
    this.buffer = '';
    let controller;
    this.readable = new ReadableStream({ start(c) { controller = c; } });
    this.writable = new WritableStream({
      write: (chunk) => {
        this.buffer += chunk;
        const lines = this.buffer.split('\n');
        this.buffer = lines.pop();
        for (const line of lines) controller.enqueue(this.rewrite(line) + '\n');
      },
      close: () => {
        if (this.buffer) controller.enqueue(this.rewrite(this.buffer));
        controller.close();
      },
    });
  }
  rewrite(line) {
    if (!line || line.startsWith('#')) return line;
    const sep = line.includes('?') ? '&' : '?';
    return `${line}${sep}${TOKEN_NAME}=${this.token}`;
  }
}

export async function responseProvider(request) {
  const dir = request.path.substring(0, request.path.lastIndexOf('/') + 1);
  const now = Math.floor(Date.now() / 1000);
  const token = await makeToken(`${dir}*`, now);
  const upstream = await httpRequest(`${request.scheme}://${request.host}${request.url}`);
  const headers = upstream.getHeaders();
  delete headers['content-length'];
  delete headers['transfer-encoding'];
  headers['cache-control'] = ['private, max-age=5'];
  return createResponse(
    upstream.status,
    headers,
    upstream.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new PlaylistRewriter(token))
      .pipeThrough(new TextEncoderStream()),
  );
}
