/**
 * The independent quality corpus (bench/corpus) is well formed: every file is labelled, every label
 * points at a line that exists after marker expansion, markers only use known generators and filters,
 * expansion is deterministic, and no realistic token is committed literally (tokens come from markers).
 */
import * as fs from 'node:fs';

type Marker = { kind: string; seed: string; raw: string; rawLine: number; startLine: number; endLine: number; secret: boolean | null };
type Generator = { kind: string; provider: string; secret: boolean | null; doc: string; gen: (r: unknown, seed: string) => string };
type Label = { line: number; endLine?: number; secret: boolean; kind?: string; provider?: string; reason: string };
type LabelDoc = { ecosystem: string; split: string; negative: boolean; labels: Label[] };

const generators = require('../../bench/corpus/generators') as {
  GENERATORS: Record<string, Generator>;
  generate: (kind: string, seed: string, rel: string, cseed?: string) => string;
  expandMarkers: (text: string, rel: string, cseed?: string) => { text: string; markers: Marker[] };
  parseMarkers: (text: string) => { kind: string; filters: { name: string }[] }[];
  FILTERS: Record<string, unknown>;
};
const corpus = require('../../bench/corpus/corpus') as {
  listFiles: () => string[];
  listLabelFiles: () => string[];
  splitFor: (rel: string) => string;
  readRaw: (rel: string) => string;
  loadLabels: (rel: string) => LabelDoc;
  labelPath: (rel: string) => string;
};

const files = corpus.listFiles();
const expanded = new Map(files.map((rel) => [rel, generators.expandMarkers(corpus.readRaw(rel), rel, 'v1')]));
const labels = new Map(files.filter((rel) => fs.existsSync(corpus.labelPath(rel))).map((rel) => [rel, corpus.loadLabels(rel)]));
const lineCount = (text: string) => text.split('\n').length;

describe('independent corpus: files and labels', () => {
  it('has a label file for every corpus file and no orphan label file', () => {
    expect(files.filter((rel) => !labels.has(rel))).toEqual([]);
    const fileSet = new Set(files);
    expect(corpus.listLabelFiles().filter((rel) => !fileSet.has(rel))).toEqual([]);
  });

  it('labels have the expected shape', () => {
    const bad: string[] = [];
    for (const [rel, doc] of labels) {
      if (doc.ecosystem !== rel.split('/')[0]) bad.push(`${rel}: ecosystem ${doc.ecosystem}`);
      if (doc.split !== corpus.splitFor(rel)) bad.push(`${rel}: split ${doc.split} is not the one derived from the path`);
      if (typeof doc.negative !== 'boolean') bad.push(`${rel}: negative must be true or false`);
      for (const l of doc.labels) {
        if (!Number.isInteger(l.line) || l.line < 1) bad.push(`${rel}: bad line ${l.line}`);
        if (l.endLine !== undefined && !(Number.isInteger(l.endLine) && l.endLine > l.line)) bad.push(`${rel}:${l.line}: bad endLine`);
        if (typeof l.secret !== 'boolean') bad.push(`${rel}:${l.line}: secret must be a boolean`);
        if (!l.reason || typeof l.reason !== 'string') bad.push(`${rel}:${l.line}: missing reason`);
        if (l.secret) {
          if (!l.kind || !(l.kind in generators.GENERATORS || l.kind === 'password' || l.kind === 'generic')) bad.push(`${rel}:${l.line}: unknown kind ${l.kind}`);
          if (!l.provider) bad.push(`${rel}:${l.line}: missing provider`);
        }
      }
      const positives = doc.labels.filter((l) => l.secret).length;
      if (doc.negative && positives) bad.push(`${rel}: negative file with secret labels`);
      if (!doc.negative && !positives) bad.push(`${rel}: no secret label and not marked negative`);
    }
    expect(bad).toEqual([]);
  });

  it('every label line exists after expansion', () => {
    const bad: string[] = [];
    for (const [rel, doc] of labels) {
      const n = lineCount(expanded.get(rel)!.text);
      for (const l of doc.labels) if ((l.endLine ?? l.line) > n) bad.push(`${rel}:${l.line}-${l.endLine ?? l.line} beyond ${n} lines`);
    }
    expect(bad).toEqual([]);
  });

  it('every secret marker lies inside a secret label', () => {
    const bad: string[] = [];
    for (const [rel, { markers }] of expanded) {
      const pos = labels.get(rel)?.labels.filter((l) => l.secret) ?? [];
      for (const m of markers.filter((x) => x.secret === true)) {
        if (!pos.some((l) => l.line <= m.startLine && (l.endLine ?? l.line) >= m.endLine)) bad.push(`${rel}:${m.startLine} ${m.raw}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is large enough, with about a third of the files held out', () => {
    const docs = [...labels.values()];
    const positives = docs.reduce((n, d) => n + d.labels.filter((l) => l.secret).length, 0);
    expect(positives).toBeGreaterThanOrEqual(1000);
    expect(docs.filter((d) => d.negative).length).toBeGreaterThanOrEqual(200);
    const holdout = docs.filter((d) => d.split === 'holdout').length / docs.length;
    expect(holdout).toBeGreaterThan(0.2);
    expect(holdout).toBeLessThan(0.45);
  });
});

describe('independent corpus: markers and generators', () => {
  it('every marker names a generator and known filters', () => {
    const bad: string[] = [];
    for (const rel of files) {
      for (const m of generators.parseMarkers(corpus.readRaw(rel))) {
        if (!(m.kind in generators.GENERATORS)) bad.push(`${rel}: no generator for ${m.kind}`);
        for (const f of m.filters) if (!(f.name in generators.FILTERS)) bad.push(`${rel}: unknown filter ${f.name}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every generator documents its source and provider', () => {
    for (const g of Object.values(generators.GENERATORS)) {
      expect(g.doc).toBeTruthy();
      expect(g.provider).toBeTruthy();
    }
  });

  it('generators are deterministic and depend on the seed', () => {
    for (const kind of Object.keys(generators.GENERATORS)) {
      const a = generators.generate(kind, 's1', 'x/y', 'v1');
      expect(generators.generate(kind, 's1', 'x/y', 'v1')).toBe(a);
      if (kind !== 'lit') expect(generators.generate(kind, 's2', 'x/y', 'v1')).not.toBe(a);
    }
  });

  it('expansion is deterministic and leaves no marker behind', () => {
    const bad: string[] = [];
    for (const [rel, { text }] of expanded) {
      if (generators.expandMarkers(corpus.readRaw(rel), rel, 'v1').text !== text) bad.push(`${rel}: not deterministic`);
      if (/[⟦⟧]/.test(text)) bad.push(`${rel}: unexpanded marker`);
      if (/\\u27e[67]/i.test(corpus.readRaw(rel))) bad.push(`${rel}: escaped marker (JSON-encoded ⟦ or ⟧)`);
    }
    expect(bad).toEqual([]);
  });

  it('line numbers do not depend on the corpus seed (multi-line generators have fixed shapes)', () => {
    const bad: string[] = [];
    for (const [rel, { text }] of expanded) {
      const other = generators.expandMarkers(corpus.readRaw(rel), rel, 'another-draw').text;
      if (lineCount(other) !== lineCount(text)) bad.push(rel);
    }
    expect(bad).toEqual([]);
  });
});

describe('independent corpus: no literal tokens', () => {
  // Shapes of real tokens with a full-length body. A body made of few distinct characters (XXXX,
  // 0000) or a documented example (…EXAMPLE) is a placeholder and allowed.
  const SHAPES: [string, RegExp][] = [
    ['github', /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}/g],
    ['github fine-grained', /\bgithub_pat_[A-Za-z0-9_]{70,}/g],
    ['gitlab', /\bglpat-[A-Za-z0-9_-]{20}/g],
    ['slack', /\bxox[abposre]-[0-9A-Za-z-]{20,}/g],
    ['slack app', /\bxapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{20,}/g],
    ['aws', /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g],
    ['stripe', /\b[rs]k_live_[A-Za-z0-9]{24,}/g],
    ['openai', /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}/g],
    ['anthropic', /\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{40,}/g],
    ['google', /\bAIza[A-Za-z0-9_-]{35}/g],
    ['sendgrid', /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/g],
    ['npm', /\bnpm_[A-Za-z0-9]{36}/g],
    ['hugging face', /\bhf_[A-Za-z]{34}/g],
    ['digitalocean', /\bdo[por]_v1_[a-f0-9]{64}/g],
    ['shopify', /\bshp(?:at|ca|pa|ss)_[a-f0-9]{32}/g],
    ['docker hub', /\bdckr_pat_[A-Za-z0-9_-]{27}/g],
    ['pypi', /\bpypi-AgE[A-Za-z0-9_-]{50,}/g],
    ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----\r?\n[A-Za-z0-9+/=]{60,}/g],
  ];
  const placeholder = (s: string) => /EXAMPLE/.test(s) || new Set(s.replace(/^[a-z_]+[-_]/i, '')).size < 12;

  it('tokens only come from markers', () => {
    const bad: string[] = [];
    for (const rel of files) {
      const raw = corpus.readRaw(rel).replace(/⟦[^⟧]*⟧/g, '');
      for (const [name, re] of SHAPES) {
        for (const m of raw.matchAll(re)) if (!placeholder(m[0])) bad.push(`${rel}: literal ${name} token ${m[0].slice(0, 12)}…`);
      }
    }
    expect(bad).toEqual([]);
  });
});
