/** Small rule sets and fragments for engine tests. */
import type { Fragment } from '../../src/engine/fragment';
import type { RuleDefinition } from '../../src/rules/types';

/** A minimal valid rule definition with overrides. */
export function testRule(over: Partial<RuleDefinition> & { id: string }): RuleDefinition {
  return {
    name: `Test rule ${over.id}`,
    description: 'A rule used by the engine tests only.',
    severity: 'high',
    regex: '\\b(tok_[a-z0-9]{16})\\b',
    keywords: ['tok_'],
    references: ['https://example.com/docs'],
    examples: { positive: ['x={{secret}}'], negative: ['tok_'] },
    provider: 'test',
    ...over,
  };
}

/** A whole-file fragment. */
export function frag(text: string | Buffer, path = 'f.txt'): Fragment {
  return { bytes: Buffer.isBuffer(text) ? text : Buffer.from(text), path, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'worktree' } };
}
