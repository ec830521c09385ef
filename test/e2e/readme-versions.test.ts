import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The README's install, CI, Action and pre-commit examples pin a version, so a copied example never
// floats to whatever is newest; a release that bumps package.json must bump them too.
describe('README version pins', () => {
  const root = join(__dirname, '..', '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it("pins every npx/npm example, the Action and the pre-commit rev to package.json's version", () => {
    const pins = [...readme.matchAll(/tokenguard@v?(\d+\.\d+\.\d+\S*)|rev: v(\d+\.\d+\.\d+\S*)/g)].map((m) => m[1] ?? m[2]);
    expect(pins.length).toBeGreaterThanOrEqual(4);
    expect(new Set(pins)).toEqual(new Set([version]));
  });

  it('has no unpinned npx --yes or floating Action reference', () => {
    expect(readme).not.toMatch(/npx --yes tokenguard(?!@)/);
    expect(readme).not.toMatch(/uses: tokenguard\/tokenguard@v\d+\s/);
  });
});
