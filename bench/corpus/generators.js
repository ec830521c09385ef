'use strict';
/**
 * Token generators for the independent quality corpus (bench/corpus).
 *
 * Corpus files never hold a realistic token: they hold markers, ⟦kind⟧ or ⟦kind:seed⟧, that
 * expandMarkers() replaces at bench time with a value drawn from a deterministic PRNG keyed by
 * (corpus seed, file path, kind, seed). The same kind and seed in one file give the same value, so a
 * file can repeat a token (an id and its secret, a key quoted twice). Markers take filters after
 * '|' applied left to right: b64, b64url, url, json, hex, xesc, uesc=N, pre=TEXT, post=TEXT,
 * slice=A-B, line=N (see FILTERS).
 *
 * Every generator was written from the provider's public description of its token format (the `doc`
 * URL) or, where a provider documents none, from the shape of the keys its console issues, never
 * from tokenguard's rules. Multi-line generators (PEM keys, certificates) always produce the same
 * number of lines, so label line numbers stay valid for every corpus seed.
 */
const { Rng, crc32, base62 } = require('./generators/lib');

// ---------------------------------------------------------------------------------------------
// Generator table. secret: true for credentials, false for high-entropy values that are not secrets
// (hashes, public keys, publishable keys) used by hard-negative files, null for `lit` (label decides).
// ---------------------------------------------------------------------------------------------
const GENERATORS = {};
function def(kind, provider, secret, doc, gen) {
  GENERATORS[kind] = { kind, provider, secret, doc, gen };
}
/** long-tail API keys: a fixed alphabet and length, no prefix, recognisable only by their name */
function plain(kind, provider, alphabet, len, doc, prefix = '') {
  def(kind, provider, true, doc, (r) => prefix + r.str(alphabet, len));
}

require('./generators/tokens-infra')(def, plain);
require('./generators/tokens-apps')(def, plain);
require('./generators/structured')(def, plain);
require('./generators/tokens-batch38-a')(def, plain);
require('./generators/tokens-batch38-b')(def, plain);
require('./generators/tokens-batch38-c')(def, plain);
require('./generators/tokens-batch39-a')(def, plain);
require('./generators/tokens-batch39-b')(def, plain);
require('./generators/tokens-batch39-c')(def, plain);
require('./generators/tokens-batch40-a')(def, plain);
require('./generators/tokens-batch40-b')(def, plain);
require('./generators/tokens-batch40-c')(def, plain);
require('./generators/tokens-batch41-a')(def, plain);
require('./generators/tokens-batch41-b')(def, plain);
require('./generators/tokens-batch41-c')(def, plain);
require('./generators/tokens-batch42-a')(def, plain);
require('./generators/tokens-batch42-b')(def, plain);
require('./generators/tokens-batch42-c')(def, plain);
require('./generators/tokens-batch43-a')(def, plain);
require('./generators/tokens-batch43-b')(def, plain);
require('./generators/tokens-batch43-c')(def, plain);
require('./generators/tokens-batch44-a')(def, plain);
require('./generators/tokens-batch44-b')(def, plain);
require('./generators/tokens-batch44-c')(def, plain);
require('./generators/tokens-batch45-a')(def, plain);
require('./generators/tokens-batch45-b')(def, plain);
require('./generators/tokens-batch45-c')(def, plain);
require('./generators/tokens-batch46-a')(def, plain);
require('./generators/tokens-batch46-b')(def, plain);
require('./generators/tokens-batch46-c')(def, plain);
require('./generators/tokens-batch47-a')(def, plain);
require('./generators/tokens-batch47-b')(def, plain);
require('./generators/tokens-batch47-c')(def, plain);
require('./generators/tokens-batch48-a')(def, plain);
require('./generators/tokens-batch48-b')(def, plain);
require('./generators/tokens-batch48-c')(def, plain);
require('./generators/tokens-batch49-a')(def, plain);
require('./generators/tokens-batch49-b')(def, plain);
require('./generators/tokens-batch49-c')(def, plain);
require('./generators/tokens-batch50-a')(def, plain);
require('./generators/tokens-batch50-b')(def, plain);
require('./generators/tokens-batch50-c')(def, plain);
require('./generators/tokens-batch51-a')(def, plain);
require('./generators/tokens-batch51-b')(def, plain);
require('./generators/tokens-batch51-c')(def, plain);
require('./generators/tokens-batch52-a')(def, plain);
require('./generators/tokens-batch52-b')(def, plain);
require('./generators/tokens-batch52-c')(def, plain);
require('./generators/tokens-batch53-a')(def, plain);
require('./generators/tokens-batch53-b')(def, plain);
require('./generators/tokens-batch53-c')(def, plain);
require('./generators/tokens-batch54-a')(def, plain);
require('./generators/tokens-batch54-b')(def, plain);
require('./generators/tokens-batch54-c')(def, plain);
require('./generators/tokens-batch55-a')(def, plain);
require('./generators/tokens-batch55-b')(def, plain);
require('./generators/tokens-batch55-c')(def, plain);
require('./generators/tokens-batch56-a')(def, plain);
require('./generators/tokens-batch56-b')(def, plain);
require('./generators/tokens-batch56-c')(def, plain);
require('./generators/tokens-batch57-a')(def, plain);
require('./generators/tokens-batch57-b')(def, plain);
require('./generators/tokens-batch57-c')(def, plain);
require('./generators/tokens-batch58-a')(def, plain);
require('./generators/tokens-batch58-b')(def, plain);
require('./generators/tokens-batch58-c')(def, plain);
require('./generators/tokens-batch59-a')(def, plain);
require('./generators/tokens-batch59-b')(def, plain);
require('./generators/tokens-batch59-c')(def, plain);
require('./generators/tokens-batch60-a')(def, plain);
require('./generators/tokens-batch60-b')(def, plain);
require('./generators/tokens-batch60-c')(def, plain);
require('./generators/tokens-batch61-a')(def, plain);
require('./generators/tokens-batch61-b')(def, plain);
require('./generators/tokens-batch61-c')(def, plain);
require('./generators/tokens-batch62-a')(def, plain);
require('./generators/tokens-batch62-b')(def, plain);
require('./generators/tokens-batch62-c')(def, plain);
require('./generators/tokens-batch63-a')(def, plain);
require('./generators/tokens-batch63-b')(def, plain);
require('./generators/tokens-batch63-c')(def, plain);
require('./generators/tokens-batch64-a')(def, plain);
require('./generators/tokens-batch64-b')(def, plain);
require('./generators/tokens-batch64-c')(def, plain);
require('./generators/tokens-batch65-a')(def, plain);
require('./generators/tokens-batch65-b')(def, plain);
require('./generators/tokens-batch65-c')(def, plain);
require('./generators/tokens-batch66-a')(def, plain);
require('./generators/tokens-batch66-b')(def, plain);
require('./generators/tokens-batch66-c')(def, plain);
require('./generators/tokens-batch67-a')(def, plain);
require('./generators/tokens-batch67-b')(def, plain);
require('./generators/tokens-batch67-c')(def, plain);
require('./generators/tokens-batch68-a')(def, plain);
require('./generators/tokens-batch68-b')(def, plain);
require('./generators/tokens-batch68-c')(def, plain);

// ---------------------------------------------------------------------------------------------
// Marker expansion
// ---------------------------------------------------------------------------------------------
const MARKER = /⟦([a-z0-9_]+)(?::([^|⟧]*))?((?:\|[^|⟧]*)*)⟧/g;

const FILTERS = {
  b64: (v) => Buffer.from(v).toString('base64'),
  b64url: (v) => Buffer.from(v).toString('base64url'),
  url: (v) => encodeURIComponent(v),
  json: (v) => JSON.stringify(v).slice(1, -1),
  hex: (v) => Buffer.from(v).toString('hex'),
  xesc: (v) => [...Buffer.from(v)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  uesc: (v, arg) => {
    const n = arg ? Number(arg) : v.length;
    return [...v.slice(0, n)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('') + v.slice(n);
  },
  pre: (v, arg) => arg + v,
  post: (v, arg) => v + arg,
  slice: (v, arg) => {
    const [a, b] = arg.split('-');
    return v.slice(Number(a || 0), b === undefined || b === '' ? undefined : Number(b));
  },
  line: (v, arg) => v.split('\n')[Number(arg) - 1] ?? '',
};

function corpusSeed() {
  return process.env.TG_CORPUS_SEED || 'v1';
}

/** one value for (file, kind, seed); deterministic for a corpus seed */
function generate(kind, seed, relPath, cseed = corpusSeed()) {
  const g = GENERATORS[kind];
  if (!g) throw new Error(`no generator for marker kind "${kind}" in ${relPath}`);
  return g.gen(new Rng(`${cseed}\0${relPath}\0${kind}\0${seed}`), seed);
}

function parseMarkers(text) {
  const out = [];
  for (const m of text.matchAll(MARKER)) {
    const filters = m[3] ? m[3].split('|').slice(1).map((f) => {
      const eq = f.indexOf('=');
      return eq < 0 ? { name: f, arg: '' } : { name: f.slice(0, eq), arg: f.slice(eq + 1) };
    }) : [];
    out.push({ raw: m[0], index: m.index, kind: m[1], seed: m[2], filters });
  }
  return out;
}

/**
 * Expand every marker of one corpus file. Unseeded markers get their own value each (seed '#n',
 * counted per kind). Returns the text plus, per marker, where its value starts and ends (lines are
 * 1-based in the expanded text) so authoring tools and tests can map markers to label lines.
 */
function expandMarkers(text, relPath, cseed = corpusSeed()) {
  const counters = {};
  const markers = [];
  let out = '';
  let last = 0;
  for (const m of parseMarkers(text)) {
    const seed = m.seed !== undefined ? m.seed : `#${(counters[m.kind] = (counters[m.kind] || 0) + 1)}`;
    let value = generate(m.kind, seed, relPath, cseed);
    for (const f of m.filters) {
      if (!FILTERS[f.name]) throw new Error(`unknown filter "${f.name}" in ${m.raw} (${relPath})`);
      value = FILTERS[f.name](value, f.arg);
    }
    out += text.slice(last, m.index);
    const startLine = out.split('\n').length;
    out += value;
    const endLine = out.split('\n').length;
    const rawLine = text.slice(0, m.index).split('\n').length;
    markers.push({ kind: m.kind, seed, raw: m.raw, rawLine, startLine, endLine, secret: GENERATORS[m.kind].secret });
    last = m.index + m.raw.length;
  }
  out += text.slice(last);
  return { text: out, markers };
}

module.exports = { GENERATORS, FILTERS, MARKER, Rng, generate, parseMarkers, expandMarkers, crc32, base62, corpusSeed };
