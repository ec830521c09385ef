/** Busy-waits for `ms`: main-thread work of a known length, which a detection share is measured against (scan/share.ts). */
export function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}
