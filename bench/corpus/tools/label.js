#!/usr/bin/env node
'use strict';
/**
 * Authoring aid: turns a hand-written label spec into labels/<file>.yaml with line numbers counted
 * after marker expansion (multi-line markers such as PEM keys shift the lines below them). The
 * judgement (what is a secret, why, which provider) is the author's; this only locates lines.
 *
 *   node bench/corpus/tools/label.js SPEC...
 *
 * Spec format, one block per corpus file:
 *   === dotenv/shop/.env              file path relative to bench/corpus/files
 *   ! negative                         the file holds no secret
 *   + SELECTOR | reason                a secret; kind and provider from the marker on that line
 *   + SELECTOR | provider | reason     ... with the provider overridden (e.g. gcp for a PEM key)
 *   + SELECTOR | kind | provider | reason   a secret with no marker (weak password, ...)
 *   - SELECTOR | reason                a hard negative line
 * SELECTOR is a substring of exactly one raw line (^text: a line starting with text, after
 * indentation), optionally prefixed by [n] for its n-th
 * occurrence, or Lnn for raw line nn, or "A .. B" for the lines from A's line to B's line.
 */
const fs = require('node:fs');
const path = require('node:path');
const { readRaw, splitFor, ecosystemOf, labelPath, expandFile } = require('../corpus');
const { GENERATORS } = require('../generators');

function parseSpec(text) {
  const blocks = [];
  let cur = null;
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('=== ')) {
      cur = { file: line.slice(4).trim(), negative: false, entries: [] };
      blocks.push(cur);
    } else if (!cur) {
      throw new Error(`spec line ${i + 1}: no === file header yet`);
    } else if (line.trim() === '! negative') {
      cur.negative = true;
    } else if (line[0] === '+' || line[0] === '-') {
      const parts = line.slice(2).split(' | ');
      cur.entries.push({ secret: line[0] === '+', selector: parts[0], rest: parts.slice(1), specLine: i + 1 });
    } else {
      throw new Error(`spec line ${i + 1}: cannot parse "${line}"`);
    }
  }
  return blocks;
}

function findRawLine(rawLines, selector, file) {
  let m = /^L(\d+)$/.exec(selector);
  if (m) return Number(m[1]);
  let nth = 1;
  m = /^\[(\d+)\] (.*)$/.exec(selector);
  if (m) {
    nth = Number(m[1]);
    selector = m[2];
  }
  const anchored = selector.startsWith('^');
  const needle = anchored ? selector.slice(1) : selector;
  const hits = [];
  rawLines.forEach((l, i) => (anchored ? l.trimStart().startsWith(needle) : l.includes(needle)) && hits.push(i + 1));
  if (!hits.length) throw new Error(`${file}: selector "${selector}" matches no line`);
  if (m ? hits.length < nth : hits.length !== 1) throw new Error(`${file}: selector "${selector}" matches lines ${hits.join(', ')}`);
  return hits[nth - 1];
}

function labelFile(block) {
  const raw = readRaw(block.file);
  const rawLines = raw.split('\n');
  const { markers } = expandFile(block.file);
  // expanded line of the start of raw line L: every multi-line marker above it shifts it down
  const mapLine = (L) => L + markers.filter((mk) => mk.rawLine < L).reduce((n, mk) => n + mk.endLine - mk.startLine, 0);
  const labels = [];
  for (const e of block.entries) {
    const [a, b] = e.selector.split(' .. ');
    const r0 = findRawLine(rawLines, a, block.file);
    const r1 = b ? findRawLine(rawLines, b, block.file) : r0;
    const onLines = markers.filter((mk) => mk.rawLine >= r0 && mk.rawLine <= r1);
    const line = mapLine(r0);
    let endLine = Math.max(mapLine(r1), ...onLines.map((mk) => mk.endLine));
    const label = { line };
    if (endLine > line) label.endLine = endLine;
    label.secret = e.secret;
    if (e.secret) {
      let kind;
      let provider;
      let reason;
      if (e.rest.length === 3) [kind, provider, reason] = e.rest;
      else {
        const mk = onLines.find((x) => x.secret === true);
        if (!mk) throw new Error(`${block.file}: "${e.selector}" has no secret marker; give kind | provider | reason`);
        kind = mk.kind;
        provider = GENERATORS[mk.kind].provider;
        if (e.rest.length === 2) [provider, reason] = e.rest;
        else [reason] = e.rest;
      }
      Object.assign(label, { kind, provider, reason });
    } else {
      label.reason = e.rest[0];
    }
    if (!label.reason) throw new Error(`${block.file}: "${e.selector}" needs a reason`);
    labels.push(label);
  }
  labels.sort((x, y) => x.line - y.line);
  // every secret marker must sit inside a positive label: nothing secret goes unlabelled
  for (const mk of markers.filter((x) => x.secret === true)) {
    if (!labels.some((l) => l.secret && l.line <= mk.startLine && (l.endLine || l.line) >= mk.endLine)) {
      throw new Error(`${block.file}: secret marker ${mk.raw} on raw line ${mk.rawLine} is not labelled`);
    }
  }
  const positives = labels.filter((l) => l.secret).length;
  if (block.negative && positives) throw new Error(`${block.file}: negative file with positive labels`);
  if (!block.negative && !positives) throw new Error(`${block.file}: no positive label (mark it "! negative"?)`);
  const fmt = (l) => `  - { ${Object.entries(l).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`).join(', ')} }`;
  const out = [
    `# labels for bench/corpus/files/${block.file}; line numbers count lines after marker expansion`,
    `ecosystem: ${ecosystemOf(block.file)}`,
    `split: ${splitFor(block.file)}`,
    `negative: ${block.negative}`,
    labels.length ? 'labels:' : 'labels: []',
    ...labels.map(fmt),
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(labelPath(block.file)), { recursive: true });
  fs.writeFileSync(labelPath(block.file), out);
  return positives;
}

if (require.main === module) {
  let files = 0;
  let positives = 0;
  let failed = 0;
  for (const spec of process.argv.slice(2)) {
    for (const block of parseSpec(fs.readFileSync(spec, 'utf8'))) {
      try {
        positives += labelFile(block);
        files++;
      } catch (err) {
        failed++;
        console.error(`error: ${err.message}`);
      }
    }
  }
  console.log(`${files} label files written (${positives} secret labels)${failed ? `, ${failed} failed` : ''}`);
  process.exitCode = failed ? 1 : 0;
}

module.exports = { parseSpec, labelFile };
