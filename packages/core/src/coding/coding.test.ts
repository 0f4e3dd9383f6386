import { describe, expect, it } from 'vitest';
import { judgeOutcome, sameValue } from './compare.ts';
import { duplicatedBlocks } from './duplication.ts';
import { prepareSource } from './prepare-source.ts';
import { judgeEfficiency, overallScores, qualityScore } from './scoring.ts';

describe('preparing a solution for the sandbox', () => {
  it('drops export keywords and keeps every line in place', () => {
    const source = 'export function add(a, b) {\n  return a + b;\n}\nexport default add;\nexport { add };';
    const prepared = prepareSource(source);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.script.split('\n')).toHaveLength(5);
    expect(prepared.script).not.toMatch(/\bexport\b/);
    expect(prepared.script.startsWith('function add')).toBe(true);
  });

  it('names imports, require and import() before anything runs, with the line', () => {
    expect(prepareSource("const x = 1;\nimport fs from 'fs';")).toEqual({ ok: false, forbidden: 'imports', line: 2 });
    expect(prepareSource("const fs = require('fs');")).toMatchObject({ ok: false, forbidden: 'require()' });
    expect(prepareSource("await import('node:child_process')")).toMatchObject({
      ok: false,
      forbidden: 'dynamic import()',
    });
  });

  it('ignores the words in comments and strings', () => {
    expect(prepareSource("// no require('fs') here\nconst s = 'import(x)';").ok).toBe(true);
  });
});

describe('judging a test', () => {
  it('compares JSON values, numbers with a float tolerance, and arrays as multisets when asked', () => {
    expect(sameValue({ a: [1, 2], b: 'x' }, { b: 'x', a: [1, 2] }, false)).toBe(true);
    expect(sameValue(0.1 + 0.2, 0.3, false)).toBe(true);
    expect(sameValue([2, 1], [1, 2], false)).toBe(false);
    expect(sameValue([2, 1, 2], [1, 2, 2], true)).toBe(true);
    expect(sameValue([2, 1, 1], [1, 2, 2], true)).toBe(false);
    expect(sameValue({ a: 1, extra: 2 }, { a: 1 }, false)).toBe(false);
  });

  it('wants an error where the test expects bad input to be refused', () => {
    expect(judgeOutcome({ threw: 'RangeError: k' }, { throws: true }, 'f').passed).toBe(true);
    const answered = judgeOutcome({ value: [] }, { throws: true }, 'f');
    expect(answered.passed).toBe(false);
    expect(answered.message).toContain('Expected an error');
  });

  it('says what was expected and what came back, and when the entry is missing', () => {
    expect(judgeOutcome({ value: 3 }, { expected: 4 }, 'f').message).toBe('Expected 4, got 3.');
    expect(judgeOutcome({ threw: 'TypeError: x is undefined' }, { expected: 4 }, 'f').message).toContain(
      'Threw TypeError',
    );
    expect(judgeOutcome({ missing: true }, { expected: 4 }, 'topK').message).toContain('topK');
  });
});

describe('scores', () => {
  it('costs more for swallowed errors and complexity than for a short name, and caps each rule', () => {
    const finding = (rule: string) => ({ rule, line: 1, message: '' });
    expect(qualityScore([])).toBe(100);
    expect(qualityScore([finding('no-empty')])).toBeLessThan(qualityScore([finding('id-length')]));
    const many = Array.from({ length: 10 }, () => finding('id-length'));
    expect(qualityScore(many)).toBe(qualityScore(many.slice(0, 3)));
  });

  it('judges speed by the slowest ratio to the reference, and a timeout as too slow', () => {
    const run = (candidateMs: number, timedOut = false) => ({ name: 'large', candidateMs, referenceMs: 40, timedOut });
    expect(judgeEfficiency([run(50)], 'O(n)')).toMatchObject({ verdict: 'optimal', score: 100 });
    const slow = judgeEfficiency([run(50), run(2000)], 'O(n)');
    expect(slow.verdict).toBe('slow');
    expect(slow.score).toBeLessThan(60);
    expect(slow.detail).toContain('O(n)');
    expect(judgeEfficiency([run(0, true)], 'O(n)')).toMatchObject({ verdict: 'too-slow', score: 0 });
  });

  it('calls a slower time that also grows a power steeper than the reference another complexity', () => {
    const grown = (candidateQuarterMs: number) => ({
      name: 'large',
      candidateMs: 140,
      referenceMs: 60,
      timedOut: false,
      growth: { candidateQuarterMs, referenceQuarterMs: 15 },
    });
    const linear = judgeEfficiency([grown(40)], 'O(n)');
    const quadratic = judgeEfficiency([grown(5)], 'O(n)');
    expect(linear.verdict).toBe('optimal');
    expect(quadratic.verdict).toBe('slow');
    expect(quadratic.score).toBeLessThan(linear.score);
    expect(quadratic.detail).toMatch(/your time grew like n\^2\.\d, the reference's like n\^1\.0/);
  });

  it('lets quality and efficiency count only as far as the code is correct', () => {
    const reference = overallScores(100, 100, 100).overall;
    const messy = overallScores(100, 100, 40).overall;
    const slow = overallScores(100, 30, 100).overall;
    const wrong = overallScores(70, 100, 100).overall;
    const empty = overallScores(0, 0, 100).overall;
    expect(reference).toBe(100);
    expect(messy).toBeLessThan(reference);
    expect(slow).toBeLessThan(reference);
    expect(wrong).toBeLessThan(Math.min(messy, slow));
    expect(empty).toBe(0);
  });
});

describe('duplicated blocks', () => {
  it('finds a run of three lines repeated, ignoring indentation', () => {
    const block = 'total += price;\ncount += 1;\nlog(total, count);';
    const source = `function a() {\n${block}\n}\nfunction b() {\n  ${block.split('\n').join('\n  ')}\n}`;
    const findings = duplicatedBlocks(source);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'duplication', line: 7 });
  });

  it('does not count braces and returns as copies', () => {
    expect(duplicatedBlocks('}\n}\nreturn;\n}\n}\nreturn;')).toEqual([]);
  });
});
