import { describe, expect, it } from 'vitest';
import {
  anchorLine,
  byAnchor,
  commentableLines,
  inDiffOrder,
  lineMarks,
  rangeLabel,
  rangeOf,
  sameComment,
  splitRows,
  type DiffFile,
  type DiffLine,
  type ReviewResult,
} from './review-diff.ts';

const context = (oldLine: number, newLine: number, text = 'same'): DiffLine => ({
  kind: 'context',
  text,
  oldLine,
  newLine,
});
const removed = (oldLine: number, text = 'old'): DiffLine => ({ kind: 'removed', text, oldLine, newLine: null });
const added = (newLine: number, text = 'new'): DiffLine => ({ kind: 'added', text, oldLine: null, newLine });

const file = (path: string, lines: DiffLine[]): DiffFile => ({
  path,
  language: 'typescript',
  status: 'modified',
  additions: lines.filter((l) => l.kind === 'added').length,
  deletions: lines.filter((l) => l.kind === 'removed').length,
  hunks: [{ header: '@@ -1 +1 @@', lines }],
});

describe('splitRows', () => {
  it('puts a context line on both sides', () => {
    const line = context(1, 1);
    expect(splitRows([line])).toEqual([{ left: line, right: line }]);
  });

  it('pairs a run of removed lines with the run of added lines that replaces it, padding the shorter', () => {
    const lines = [context(1, 1), removed(2, 'a'), removed(3, 'b'), added(2, 'A'), context(4, 3)];
    expect(splitRows(lines)).toEqual([
      { left: lines[0], right: lines[0] },
      { left: lines[1], right: lines[3] },
      { left: lines[2], right: null },
      { left: lines[4], right: lines[4] },
    ]);
  });

  it('leaves the old side empty for lines only added, and the new side for lines only removed', () => {
    const lines = [added(1), added(2), context(1, 3), removed(2)];
    expect(splitRows(lines)).toEqual([
      { left: null, right: lines[0] },
      { left: null, right: lines[1] },
      { left: lines[2], right: lines[2] },
      { left: lines[3], right: null },
    ]);
  });

  it('does not pair removed lines with added lines that came before them', () => {
    const lines = [added(1), removed(1)];
    expect(splitRows(lines)).toEqual([
      { left: null, right: lines[0] },
      { left: lines[1], right: null },
    ]);
  });

  it('keeps every line of the hunk, each once', () => {
    const lines = [removed(1), added(1), added(2), context(2, 3), removed(3), removed(4), added(4), context(5, 5)];
    const rows = splitRows(lines);
    expect(rows.flatMap((r) => (r.left === r.right ? [r.left] : [r.left, r.right])).filter(Boolean)).toHaveLength(
      lines.length,
    );
  });
});

describe('line ranges', () => {
  it('orders a range chosen from the bottom up', () => {
    expect(rangeOf(15, 11)).toEqual([11, 15]);
    expect(rangeOf(4)).toEqual([4, 4]);
  });

  it('names one line or a range in words', () => {
    expect(rangeLabel([4, 4])).toBe('line 4');
    expect(rangeLabel([11, 15])).toBe('lines 11–15');
  });

  it('lists the new-side lines of a diff as the lines a comment may be on', () => {
    expect(commentableLines(file('a.ts', [context(1, 1), removed(2), added(2), added(3)]))).toEqual([1, 2, 3]);
  });

  it('anchors a range under the last line of it the diff shows, or nowhere', () => {
    const shown = [1, 2, 3, 10, 11];
    expect(anchorLine(shown, [2, 5])).toBe(3);
    expect(anchorLine(shown, [11, 11])).toBe(11);
    expect(anchorLine(shown, [5, 8])).toBeNull();
  });

  it('groups items by their anchor and leaves out the ones the diff cannot show', () => {
    const groups = byAnchor([1, 2, 3], ['a', 'b', 'c'], (item) =>
      item === 'a' ? [1, 3] : item === 'b' ? [3, 3] : [7, 9],
    );
    expect([...groups]).toEqual([[3, ['a', 'b']]]);
  });
});

describe('comments in the diff order', () => {
  it('sorts by the pull request order of files, then by line', () => {
    const files = [file('b.ts', []), file('a.ts', [])];
    const comments = [
      { file: 'a.ts', line: 1, body: '1' },
      { file: 'b.ts', line: 9, body: '2' },
      { file: 'b.ts', line: 3, endLine: 5, body: '3' },
      { file: 'gone.ts', line: 1, body: '4' },
    ];
    expect(inDiffOrder(files, comments).map((c) => c.body)).toEqual(['3', '2', '1', '4']);
  });

  it('knows a comment again by its file, lines and words', () => {
    expect(sameComment({ file: 'a', line: 2, body: 'x' }, { file: 'a', line: 2, endLine: 2, body: 'x' })).toBe(true);
    expect(sameComment({ file: 'a', line: 2, body: 'x' }, { file: 'a', line: 2, endLine: 3, body: 'x' })).toBe(false);
  });
});

describe('lineMarks', () => {
  const review = {
    result: { found: [{ issueId: 'sql' }] },
    debrief: {
      issues: [
        { id: 'sql', file: 'a.ts', lines: [11, 15] },
        { id: 'idor', file: 'a.ts', lines: [9, 9] },
        { id: 'other', file: 'b.ts', lines: [1, 2] },
      ],
      fine: [{ file: 'a.ts', lines: [3, 4], why: 'fine' }],
      modelReview: { comments: [], summary: '', verdict: 'approve' },
    },
  } as unknown as ReviewResult;

  it('marks the ranges of the issues found and missed, and the fine ones, of one file', () => {
    expect(lineMarks(review, 'a.ts')).toEqual([
      { mark: 'found', lines: [11, 15] },
      { mark: 'missed', lines: [9, 9] },
      { mark: 'fine', lines: [3, 4] },
    ]);
  });

  it('marks nothing without a debrief', () => {
    expect(lineMarks({ ...review, debrief: null }, 'a.ts')).toEqual([]);
  });
});
