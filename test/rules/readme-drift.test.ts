import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('README rule list', () => {
  it('matches the rule files (regenerate with npm run docs:rules)', () => {
    const root = join(__dirname, '..', '..');
    expect(() => execFileSync(process.execPath, [join(root, 'scripts', 'rules-doc.js'), '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
