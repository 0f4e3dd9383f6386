// Repeated blocks of code: the same run of lines (ignoring indentation and blank lines) appearing twice. A linter
// rule for this is missing from ESLint's core, and it is a short, pure check.
import type { QualityFinding } from './scoring.ts';

const MIN_BLOCK_LINES = 3;
/** Lines too trivial to make a block a copy: braces, returns of nothing, else. */
const TRIVIAL = /^(?:[{}()[\];,]*|else|return;?|break;?|continue;?|\} else \{)$/;

export function duplicatedBlocks(source: string): QualityFinding[] {
  const lines = source.split('\n').map((text, i) => ({ text: text.trim(), line: i + 1 }));
  const meaningful = lines.filter((l) => l.text && !l.text.startsWith('//') && !TRIVIAL.test(l.text));
  const seen = new Map<string, number>();
  const findings: QualityFinding[] = [];
  const reported = new Set<number>();
  for (let i = 0; i + MIN_BLOCK_LINES <= meaningful.length; i++) {
    const block = meaningful.slice(i, i + MIN_BLOCK_LINES);
    const key = block.map((l) => l.text).join('\n');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, block[0]!.line);
      continue;
    }
    if (reported.has(first)) continue;
    reported.add(first);
    findings.push({
      rule: 'duplication',
      line: block[0]!.line,
      message: `These lines repeat lines ${first}–${first + MIN_BLOCK_LINES - 1}; give the shared steps one name.`,
    });
  }
  return findings;
}
