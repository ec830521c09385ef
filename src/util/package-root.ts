import { join } from 'node:path';

/** Root of the installed package (holds rules/, schema/ and, once built, dist/): two levels above this file in src/ and in dist/. */
export const PACKAGE_ROOT = join(__dirname, '..', '..');
