/**
 * `import()` of a package, for the ES modules the CLI loads on demand (chalk, cosmiconfig). It lives in
 * a module kept out of dist/bundle.js (src/boot.ts): a dynamic import compiled in the bundle's script
 * failed whenever that script came from V8's code cache (Node 20: the import callback is not restored).
 */
export function importModule<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
