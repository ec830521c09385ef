import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root';

/** The published config JSON Schema. */
export function configSchema(): { $id: string } {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', 'tokenguard.config.schema.json'), 'utf8'));
}
