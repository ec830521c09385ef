/** What a blocked commit tells the user: how to look, how to mark a false positive, how to bypass. */
import type { Report } from '../report/model';

export function stagedGuidance(report: Report): string[] {
  const paths = [...new Set(report.findings.map((f) => f.path))];
  const shown = paths.slice(0, 5).map((p) => (/[\s'"$`\\]/.test(p) ? `'${p.replace(/'/g, "'\\''")}'` : p));
  return [
    `tokenguard: commit blocked: ${report.findings.length} secret${report.findings.length === 1 ? '' : 's'} in staged changes.`,
    `  Inspect:        git diff --cached -- ${shown.join(' ')}${paths.length > 5 ? ' …' : ''}`,
    '  Remove it:      take the secret out of the file, git add it again, and rotate the secret if it was real.',
    '  False positive: add an allowlist entry (allowlist.regexes or allowlist.paths) to .tokenguardrc.yaml.',
    '  Bypass once:    git commit --no-verify   (skips every pre-commit hook; the secret still lands in history)',
  ];
}
