/** Reads `a.b.0.c` out of parsed JSON; undefined when any step is missing. */
export function jsonPath(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const step of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(step)] : (cur as Record<string, unknown>)[step];
  }
  return cur;
}
