// The code-review round's pull request as the page shows it: pure helpers for the diff (rows of the split view,
// commentable lines, where a range's notes go), shared by its components and tested on their own.
import type { Schemas } from '../api.ts';

export type ReviewExercise = Schemas['ReviewExercise'];
export type DiffFile = ReviewExercise['files'][number];
export type DiffLine = DiffFile['hunks'][number]['lines'][number];
/** A type as openapi-fetch hands it over: its tuples read as arrays. */
type AsFetched<T> = T extends readonly (infer E)[]
  ? AsFetched<E>[]
  : T extends object
    ? { [K in keyof T]: AsFetched<T[K]> }
    : T;
export type ReviewResult = AsFetched<Schemas['ReviewSubmissionResult']>;
export type ReviewComment = Schemas['ReviewSubmission']['comments'][number];
export type Verdict = Schemas['ReviewSubmission']['verdict'];
export type Severity = ReviewResult['result']['missed'][number]['severity'];
export type Debrief = NonNullable<ReviewResult['debrief']>;
export type PlantedIssue = Debrief['issues'][number];

export const VERDICTS: readonly { value: Verdict; label: string }[] = [
  { value: 'approve', label: 'Approve' },
  { value: 'comment', label: 'Comment' },
  { value: 'request-changes', label: 'Request changes' },
];

export const verdictLabel = (verdict: Verdict) => VERDICTS.find((v) => v.value === verdict)?.label ?? verdict;

export const LANGUAGE_LABELS: Record<string, string> = {
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  python: 'Python',
  java: 'Java',
  go: 'Go',
  sql: 'SQL',
};

export const languageLabel = (language: string) => LANGUAGE_LABELS[language] ?? language;

/** One row of the split view: the old side's line on the left, the new side's on the right (either may be empty). */
export interface SplitRow {
  left: DiffLine | null;
  right: DiffLine | null;
}

/**
 * A hunk's lines side by side, as code hosts align them: a context line on both sides; a run of removed lines
 * beside the run of added lines that replaces it, line for line, the shorter run padded with empty cells.
 */
export function splitRows(lines: readonly DiffLine[]): SplitRow[] {
  const rows: SplitRow[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++)
      rows.push({ left: removed[i] ?? null, right: added[i] ?? null });
    removed = [];
    added = [];
  };
  for (const line of lines) {
    if (line.kind === 'context') {
      flush();
      rows.push({ left: line, right: line });
    } else if (line.kind === 'removed') {
      // Removed lines after added ones start a new change: what was added is not their replacement.
      if (added.length) flush();
      removed.push(line);
    } else added.push(line);
  }
  flush();
  return rows;
}

/** The new-side line numbers of a file's diff, in order: the lines a comment may be on. */
export function commentableLines(file: DiffFile): number[] {
  return file.hunks.flatMap((hunk) => hunk.lines.flatMap((line) => (line.newLine === null ? [] : [line.newLine])));
}

/** A comment's lines, first to last, whichever way round they were chosen. */
export function rangeOf(line: number, endLine?: number): [number, number] {
  const end = endLine ?? line;
  return line <= end ? [line, end] : [end, line];
}

/** A range of lines as the debrief gives it ([first, last]), as a pair. */
export const asRange = (lines: readonly number[]): [number, number] => {
  const first = lines[0] ?? 0;
  return [first, lines[1] ?? first];
};

export const rangeLabel = ([start, end]: readonly [number, number]) =>
  start === end ? `line ${start}` : `lines ${start}–${end}`;

export const inRange = (line: number, [start, end]: readonly [number, number]) => line >= start && line <= end;

/**
 * Where the notes on a range of lines go: under the last line of the range the diff shows, or null when the diff
 * shows none of it (the feedback still lists it).
 */
export function anchorLine(shown: readonly number[], range: readonly [number, number]): number | null {
  let anchor: number | null = null;
  for (const line of shown) if (inRange(line, range) && (anchor === null || line > anchor)) anchor = line;
  return anchor;
}

/** Items of one file grouped by the line their notes go under (items the diff cannot show are left out). */
export function byAnchor<T>(
  shown: readonly number[],
  items: readonly T[],
  range: (item: T) => readonly [number, number],
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const anchor = anchorLine(shown, range(item));
    if (anchor === null) continue;
    groups.set(anchor, [...(groups.get(anchor) ?? []), item]);
  }
  return groups;
}

/** Element ids: a file's diff, and one of its lines, for the links that jump to them. */
export const fileAnchorId = (index: number) => `diff-file-${index}`;
export const lineAnchorId = (index: number, line: number) => `diff-file-${index}-line-${line}`;

/** The same comment, as the check returns it beside the one submitted. */
export const sameComment = (a: ReviewComment, b: ReviewComment) =>
  a.file === b.file && a.line === b.line && (a.endLine ?? a.line) === (b.endLine ?? b.line) && a.body === b.body;

/** What the diff marks in a reviewed file: the ranges of the issues found and missed, and of code that is fine. */
export type LineMark = 'found' | 'missed' | 'fine';

export function lineMarks(review: ReviewResult, path: string): { mark: LineMark; lines: [number, number] }[] {
  const debrief = review.debrief;
  if (!debrief) return [];
  const found = new Set(review.result.found.map((f) => f.issueId));
  return [
    ...debrief.issues
      .filter((issue) => issue.file === path)
      .map((issue) => ({
        mark: found.has(issue.id) ? ('found' as const) : ('missed' as const),
        lines: asRange(issue.lines),
      })),
    ...debrief.fine
      .filter((fine) => fine.file === path)
      .map((fine) => ({ mark: 'fine' as const, lines: asRange(fine.lines) })),
  ];
}

/** The comments of a review in the order of the diff: by file as the pull request lists them, then by line. */
export function inDiffOrder<T extends ReviewComment>(files: readonly DiffFile[], comments: readonly T[]): T[] {
  const order = new Map(files.map((file, index) => [file.path, index]));
  return [...comments].sort(
    (a, b) =>
      (order.get(a.file) ?? files.length) - (order.get(b.file) ?? files.length) ||
      a.line - b.line ||
      (a.endLine ?? a.line) - (b.endLine ?? b.line),
  );
}
