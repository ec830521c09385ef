/** Scans a few files written at test time with the real CLI (in process), for the generic-detection tests. */
import { randomBytes } from 'node:crypto';
import { shannonEntropy } from '../../src/engine/entropy';
import { runInProcess } from './cli';
import { tempDir, writeTree } from './fs';

/** A finding's place and secret. */
export type Hit = { path: string; line: number; secret: string };

/** Orders hits by path, then line. */
export const byPlace = (a: Hit, b: Hit): number => a.path.localeCompare(b.path) || a.line - b.line;

/** The secrets of `hits`, sorted: what most generic-form tests compare. */
export const secrets = (hits: Hit[]): string[] => hits.map((h) => h.secret).sort();

/** A random-looking value (base62) of `length` characters, made at test time. */
export function base62(length: number): string {
  return [...randomBytes(length)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');
}

/**
 * `n` random lower-case hex digits, drawn again while they hold a run of four of one digit: the engine
 * reads five in a row as a placeholder (`xxxxx`), which one value in about 2,300 of 32 digits would hold.
 */
export function hex(n: number): string {
  for (;;) {
    const v = [...randomBytes(n)].map((b) => '0123456789abcdef'[b % 16]).join('');
    if (!/(.)\1{3}/.test(v)) return v;
  }
}

/**
 * `n` random decimal digits (a person's password's number), drawn again while they hold a run of three
 * of one digit: `7777` reads as a filler, which a test of a password's form must not leave to chance.
 */
export function digits(n: number): string {
  for (;;) {
    const v = [...randomBytes(n)].map((b) => String(b % 10)).join('');
    if (!/(.)\1{2}/.test(v)) return v;
  }
}

/**
 * `n` hex digits drawn again until they look random to the rules' entropy floors: one draw of 32 in 60
 * falls below 3.3 bits a character (a real key would be missed as well; the tests pin the forms, not luck).
 */
export function hexKey(n: number): string {
  for (;;) {
    const v = hex(n);
    if (shannonEntropy(v) >= 3.6) return v;
  }
}

/**
 * A random-looking token of `n` characters with digits inside it, not only at its end: base62 letters
 * followed by two digits read as a word or an identifier (`YqJazTykkBrIvTpBforhopBdqn86`) when the
 * random part happens to hold no digit, which the generic extractor rightly leaves alone.
 */
export function token(n = 32): string {
  return `${base62(n - 4)}${n % 10}${base62(1)}${(n * 3) % 10}${(n * 7) % 10}`;
}

/** Writes `files` to a fresh folder, scans it, and returns every finding's place and secret in order. */
export async function scanFiles(files: Record<string, string>, prefix = 'tg-generic-'): Promise<Hit[]> {
  const dir = tempDir(prefix);
  writeTree(dir, files);
  const r = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets']);
  expect(r.code === 0 || r.code === 1).toBe(true);
  const found = (JSON.parse(r.stdout) as { findings: Hit[] }).findings;
  return found.map(({ path, line, secret }) => ({ path, line, secret })).sort(byPlace);
}
