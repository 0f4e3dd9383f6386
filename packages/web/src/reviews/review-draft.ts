// A review in progress, kept in the browser per exercise (its comments, summary, verdict and when it started), so
// a reload or a closed tab loses nothing; and the answers to the interviewer's follow-ups, per submission.
import { inDiffOrder, rangeOf, type DiffFile, type ReviewComment, type Verdict } from './review-diff.ts';

export interface DraftComment extends ReviewComment {
  /** The browser's own id of the comment, to edit or delete it. */
  id: string;
}

export interface ReviewDraft {
  comments: DraftComment[];
  summary: string;
  verdict: Verdict | null;
  /** When the review started (ms since the epoch): the timer counts from here, across reloads. */
  startedAt: number;
}

/** The part of localStorage the drafts use; tests pass a map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const browserStore = (): KeyValueStore | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

export const draftKey = (exerciseId: string) => `rehearse.review.${exerciseId}.draft`;
export const followUpKey = (submissionId: string) => `rehearse.review-submission.${submissionId}.follow-up`;
export const viewKey = 'rehearse.review.diff-view';

/** localStorage, or nothing where it is not available (private modes, a full quota): drafts are a convenience. */
export function readStored(key: string, store = browserStore()): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null, store = browserStore()): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // Nothing kept: the review stays on the page.
  }
}

export const emptyDraft = (now: number): ReviewDraft => ({ comments: [], summary: '', verdict: null, startedAt: now });

const VERDICT_VALUES: readonly unknown[] = ['approve', 'comment', 'request-changes'];
const positiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function parseComment(value: unknown): DraftComment | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, file, line, endLine, body } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof file !== 'string' || typeof body !== 'string' || !positiveInt(line)) return null;
  if (endLine !== undefined && !positiveInt(endLine)) return null;
  return { id, file, line, ...(endLine === undefined ? {} : { endLine }), body };
}

/** A stored draft as it was written, or an empty one (started now) when there is none or it cannot be read. */
export function parseDraft(text: string | null, now: number): ReviewDraft {
  if (!text) return emptyDraft(now);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return emptyDraft(now);
  }
  if (typeof parsed !== 'object' || parsed === null) return emptyDraft(now);
  const { comments, summary, verdict, startedAt } = parsed as Record<string, unknown>;
  return {
    comments: Array.isArray(comments) ? comments.flatMap((c) => parseComment(c) ?? []) : [],
    summary: typeof summary === 'string' ? summary : '',
    verdict: VERDICT_VALUES.includes(verdict) ? (verdict as Verdict) : null,
    startedAt: typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt <= now ? startedAt : now,
  };
}

export const readDraft = (exerciseId: string, now: number, store = browserStore()) =>
  parseDraft(readStored(draftKey(exerciseId), store), now);

export const writeDraft = (exerciseId: string, draft: ReviewDraft, store = browserStore()) =>
  writeStored(draftKey(exerciseId), JSON.stringify(draft), store);

export const clearDraft = (exerciseId: string, store = browserStore()) =>
  writeStored(draftKey(exerciseId), null, store);

/** Whether the draft holds anything of the reviewer's (a fresh one only has its start time). */
export const hasWork = (draft: ReviewDraft) =>
  draft.comments.length > 0 || draft.summary.trim() !== '' || draft.verdict !== null;

let sequence = 0;
/** An id for a new comment, unique in this browser (crypto.randomUUID needs a secure context). */
export const newCommentId = (now = Date.now()) => `c${now.toString(36)}${(sequence++).toString(36)}`;

/** The draft with this comment added, or put in the place of the one with its id. */
export function saveComment(draft: ReviewDraft, comment: DraftComment): ReviewDraft {
  const [line, end] = rangeOf(comment.line, comment.endLine);
  const clean: DraftComment = { id: comment.id, file: comment.file, line, body: comment.body.trim() };
  if (end !== line) clean.endLine = end;
  const exists = draft.comments.some((c) => c.id === comment.id);
  return {
    ...draft,
    comments: exists ? draft.comments.map((c) => (c.id === comment.id ? clean : c)) : [...draft.comments, clean],
  };
}

export const deleteComment = (draft: ReviewDraft, id: string): ReviewDraft => ({
  ...draft,
  comments: draft.comments.filter((c) => c.id !== id),
});

/** The review as the API takes it: the comments in the diff's order, without the browser's ids. */
export function toSubmission(files: readonly DiffFile[], draft: ReviewDraft & { verdict: Verdict }) {
  return {
    comments: inDiffOrder(files, draft.comments).map(({ file, line, endLine, body }) =>
      endLine === undefined ? { file, line, body } : { file, line, endLine, body },
    ),
    summary: draft.summary.trim(),
    verdict: draft.verdict,
  };
}

/** The review's clock against the exercise's minutes: the time left as m:ss, or the time over it. */
export function reviewClock(
  startedAt: number,
  minutes: number,
  now: number,
): { text: string; words: string; over: boolean } {
  const left = Math.round((minutes * 60_000 - (now - startedAt)) / 1000);
  const over = left < 0;
  const seconds = Math.abs(left);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const words = `${m} minute${m === 1 ? '' : 's'} ${s} second${s === 1 ? '' : 's'}`;
  return {
    text: `${over ? '+' : ''}${m}:${String(s).padStart(2, '0')}`,
    words: over ? `${words} over the ${minutes} minutes` : `${words} left of ${minutes} minutes`,
    over,
  };
}

/** A fresh review unless the stored one has work in it: the clock starts when the reviewer comes to review. */
export const startDraft = (exerciseId: string) => {
  const now = Date.now();
  const stored = readDraft(exerciseId, now);
  return hasWork(stored) ? stored : emptyDraft(now);
};
