'use strict';
/**
 * Reading the independent corpus: the files under bench/corpus/files, their labels under
 * bench/corpus/labels (same relative path + '.yaml'), and the expansion of markers into values.
 * Shared by the harness (bench/quality-independent.js), the label authoring tool and the jest test.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const YAML = require('yaml');
const { expandMarkers } = require('./generators');

const CORPUS_DIR = __dirname;
const FILES_DIR = path.join(CORPUS_DIR, 'files');
const LABELS_DIR = path.join(CORPUS_DIR, 'labels');

/** every corpus file, as a posix path relative to files/ (dotfiles included), sorted */
function listFiles(dir = FILES_DIR, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  // TG_CORPUS_SKIP (a regex over paths) leaves files out: a batch still being written, say.
  const skip = !prefix && dir === FILES_DIR && process.env.TG_CORPUS_SKIP ? new RegExp(process.env.TG_CORPUS_SKIP) : undefined;
  return (skip ? out.filter((f) => !skip.test(f)) : out).sort();
}

function listLabelFiles() {
  return listFiles(LABELS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
}

/** dev or holdout, fixed by the path alone: about one file in three is held out */
function splitFor(rel) {
  return crypto.createHash('sha256').update(rel).digest()[0] % 3 === 0 ? 'holdout' : 'dev';
}

const ecosystemOf = (rel) => rel.split('/')[0];

function readRaw(rel) {
  return fs.readFileSync(path.join(FILES_DIR, rel), 'utf8');
}

function expandFile(rel, cseed) {
  return expandMarkers(readRaw(rel), rel, cseed);
}

function labelPath(rel) {
  return path.join(LABELS_DIR, `${rel}.yaml`);
}

function loadLabels(rel) {
  const doc = YAML.parse(fs.readFileSync(labelPath(rel), 'utf8'));
  doc.labels = doc.labels || [];
  return doc;
}

/** everything the harness needs, for every file: { rel, ecosystem, split, negative, labels, text } */
function loadCorpus(cseed) {
  return listFiles().map((rel) => {
    const doc = loadLabels(rel);
    return { rel, ecosystem: doc.ecosystem, split: doc.split, negative: !!doc.negative, labels: doc.labels, text: expandFile(rel, cseed).text };
  });
}

module.exports = { CORPUS_DIR, FILES_DIR, LABELS_DIR, listFiles, listLabelFiles, splitFor, ecosystemOf, readRaw, expandFile, labelPath, loadLabels, loadCorpus };
