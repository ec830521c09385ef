/**
 * Provider transcripts: for each documented case, the request the provider's API documentation says
 * it expects and the response it documents (cleaned: every token and id made up), with the outcome
 * and captures tokenguard must draw from it. Files live in test/verify/transcripts/<provider>.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RE2 from 're2';
import { parse } from 'yaml';
import { generateFromPattern, Prng } from '../../src/rules/fake';
import type { RuleDefinition } from '../../src/rules/types';
import { requestNames } from '../../src/verify/template';
import type { SeenRequest } from './provider-server';

export const TRANSCRIPTS = join(__dirname, '..', 'verify', 'transcripts');

/** A header the request must carry: an exact value, or a pattern (both templates over the secret and needs). */
export type HeaderWant = string | { matches: string };

/** The request a provider documents for the check. */
export interface TranscriptRequest {
  method: string;
  host: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, HeaderWant>;
  basic?: { user: string; password: string };
  /** A form-encoded body's fields, or a JSON body's fields (dot paths not needed: top level). */
  form?: Record<string, string>;
  json?: Record<string, unknown>;
}

/** One documented exchange and what tokenguard must conclude from it. */
export interface TranscriptCase {
  name: string;
  /** Rule ids this case applies to (default: the file's `rules`). */
  rules?: string[];
  source: string;
  /** false when the docs do not show this answer; the case is then recorded but not played. */
  documented?: boolean;
  reason?: string;
  needs?: Record<string, string>;
  request: TranscriptRequest;
  response: { status: number; headers?: Record<string, string>; json?: unknown; body?: string };
  expect: { status: 'active' | 'inactive' | 'unknown'; identity?: string; scopes?: string[]; expiresAt?: string };
}

/** One provider's transcript file. */
export interface Transcript {
  provider: string;
  rules: string[];
  documented?: boolean;
  reason?: string;
  /** Which parts were checked against a stored copy of the documentation when the file was written. */
  lookedUp?: string;
  cases: TranscriptCase[];
  file: string;
}

/** Every transcript file. */
export function loadTranscripts(): Transcript[] {
  return readdirSync(TRANSCRIPTS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      try {
        const t = parse(readFileSync(join(TRANSCRIPTS, f), 'utf8')) as Partial<Transcript>;
        return { ...t, provider: t.provider ?? '', cases: t.cases ?? [], rules: t.rules ?? [], file: f };
      } catch (err) {
        throw new Error(`${f}: ${(err as Error).message}`);
      }
    });
}

/** Values for the needs a rule declares: the case's own, else one drawn from the need's pattern. */
export function needValues(rule: RuleDefinition, given: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = { ...given };
  // Only needs the request uses: AWS's optional session token would change what is signed.
  const used = rule.verify?.request
    ? requestNames(rule.verify.request)
        .filter((n) => n.startsWith('needs.'))
        .map((n) => n.slice(6))
    : ['key_id'];
  for (const [name, need] of Object.entries(rule.verify?.needs ?? {})) {
    if (given[name] !== undefined || !used.includes(name)) continue;
    const text = generateFromPattern(need.regex, new Prng(`transcript:${rule.id}:${name}`));
    const m = new RE2(need.regex, 'u').exec(text);
    if (m?.[1]) out[name] = m[1];
  }
  return out;
}

/** Fills {{secret}} and {{needs.NAME}} in a transcript string. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-z][a-z0-9_.]*)\s*\}\}/g, (m, name: string) => vars[name] ?? m);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function headerOk(want: HeaderWant, got: string | undefined, vars: Record<string, string>): boolean {
  if (got === undefined) return false;
  if (typeof want === 'string') return got === fill(want, vars);
  const escaped = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, escapeRe(v)]));
  return new RegExp(fill(want.matches, escaped)).test(got);
}

/** Differences between the request the spec sent and the documented one (empty when they agree). */
export function requestProblems(want: TranscriptRequest, seen: SeenRequest, base: string, vars: Record<string, string>): string[] {
  const problems: string[] = [];
  const url = new URL(seen.url, 'http://local');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  if (seen.method !== want.method) problems.push(`method ${seen.method}, documented ${want.method}`);
  if (decodeURIComponent(path) !== fill(want.path, vars)) problems.push(`path ${path}, documented ${want.path}`);
  for (const [k, v] of Object.entries(want.query ?? {})) if (url.searchParams.get(k) !== fill(v, vars)) problems.push(`query ${k}=${url.searchParams.get(k)}, documented ${v}`);
  for (const [k, v] of Object.entries(want.headers ?? {})) {
    if (!headerOk(v, seen.headers[k.toLowerCase()] as string | undefined, vars))
      problems.push(`header ${k}: ${seen.headers[k.toLowerCase()] === undefined ? 'missing' : 'differs'} (documented ${typeof v === 'string' ? v : v.matches})`);
  }
  if (want.basic) {
    const auth = String(seen.headers.authorization ?? '');
    const pair = /^basic /i.test(auth) ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
    if (pair !== `${fill(want.basic.user, vars)}:${fill(want.basic.password, vars)}`) problems.push(`basic auth differs (documented ${want.basic.user}:${want.basic.password})`);
  }
  if (want.form) {
    const got = Object.fromEntries(new URLSearchParams(seen.body));
    for (const [k, v] of Object.entries(want.form)) if (got[k] !== fill(v, vars)) problems.push(`form field ${k} differs`);
  }
  if (want.json) {
    let got: Record<string, unknown> = {};
    try {
      got = JSON.parse(seen.body) as Record<string, unknown>;
    } catch {
      problems.push('body is not JSON');
    }
    for (const [k, v] of Object.entries(want.json)) if (JSON.stringify(got[k]) !== JSON.stringify(v)) problems.push(`JSON body field ${k} differs`);
  }
  problems.push(...placementProblems(want, seen, vars.secret));
  return problems;
}

/** The secret goes only where the documentation puts it: not in the URL, a body or another header. */
function placementProblems(want: TranscriptRequest, seen: SeenRequest, secret: string): string[] {
  const problems: string[] = [];
  const inUrl = [want.path, ...Object.values(want.query ?? {})].some((t) => t.includes('{{secret'));
  if (!inUrl && decodeURIComponent(seen.url).includes(secret)) problems.push('the secret is in the URL, the documentation does not put it there');
  const inBody = Object.values({ ...(want.form ?? {}) }).some((t) => t.includes('{{secret')) || JSON.stringify(want.json ?? {}).includes('{{secret');
  if (!inBody && seen.body.includes(secret)) problems.push('the secret is in the body, the documentation does not put it there');
  const allowed = new Set(
    Object.entries(want.headers ?? {})
      .filter(([, v]) => (typeof v === 'string' ? v : v.matches).includes('{{secret'))
      .map(([k]) => k.toLowerCase()),
  );
  if (want.basic) allowed.add('authorization');
  for (const [k, v] of Object.entries(seen.headers)) {
    const text = k === 'authorization' && /^basic /i.test(String(v)) ? Buffer.from(String(v).slice(6), 'base64').toString('utf8') : String(v);
    if (!allowed.has(k) && text.includes(secret)) problems.push(`the secret is in header ${k}, the documentation does not put it there`);
  }
  return problems;
}
