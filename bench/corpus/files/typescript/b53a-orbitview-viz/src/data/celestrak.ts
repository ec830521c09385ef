/**
 * CelesTrak GP data (public, no authentication). https://celestrak.org/NORAD/documentation/gp-data-formats.php
 * Please keep requests to one per group per 2 hours; CelesTrak rate-limits aggressive clients.
 */
import { twoline2satrec, type SatRec } from 'satellite.js';

export const CELESTRAK_GP = 'https://celestrak.org/NORAD/elements/gp.php';

export interface TrackedSat {
  name: string;
  noradId: number;
  satrec: SatRec;
}

/** Bundled fallback TLEs so the viewer renders something offline (public data, epoch 2025-03). */
export const FALLBACK_TLES: Record<string, [string, string, string]> = {
  ISS: [
    'ISS (ZARYA)',
    '1 25544U 98067A   25075.51782528  .00016717  00000+0  30268-3 0  9994',
    '2 25544  51.6385 341.2214 0003846 312.5520 185.3310 15.49908143500472',
  ],
  HST: [
    'HST',
    '1 20580U 90037B   25075.13624071  .00002403  00000+0  11784-3 0  9992',
    '2 20580  28.4693 126.9905 0002403 133.3520 226.7386 15.27836571726455',
  ],
  TIANGONG: [
    'CSS (TIANHE)',
    '1 48274U 21035A   25075.20837152  .00021334  00000+0  25016-3 0  9990',
    '2 48274  41.4662 121.1740 0005631 300.4410  59.5872 15.60437561219011',
  ],
};

export async function fetchGroup(group: string): Promise<TrackedSat[]> {
  const url = `${CELESTRAK_GP}?GROUP=${encodeURIComponent(group)}&FORMAT=tle`;
  const res = await fetch(url, { headers: { 'User-Agent': 'orbitview/1.4 (+https://orbitview.io)' } });
  if (!res.ok) throw new Error(`celestrak ${group}: ${res.status}`);
  const lines = (await res.text()).trim().split(/\r?\n/);
  const out: TrackedSat[] = [];
  for (let i = 0; i + 2 < lines.length + 1; i += 3) {
    const [name, l1, l2] = [lines[i].trim(), lines[i + 1], lines[i + 2]];
    out.push({ name, noradId: Number(l1.slice(2, 7)), satrec: twoline2satrec(l1, l2) });
  }
  return out;
}

export function fallback(): TrackedSat[] {
  return Object.values(FALLBACK_TLES).map(([name, l1, l2]) => ({
    name,
    noradId: Number(l1.slice(2, 7)),
    satrec: twoline2satrec(l1, l2),
  }));
}
