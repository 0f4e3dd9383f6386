import { describe, expect, it } from 'vitest';
import type { DiffFile } from './review-diff.ts';
import {
  clearDraft,
  deleteComment,
  draftKey,
  emptyDraft,
  hasWork,
  newCommentId,
  parseDraft,
  readDraft,
  reviewClock,
  saveComment,
  toSubmission,
  writeDraft,
  type KeyValueStore,
} from './review-draft.ts';

const memoryStore = (): KeyValueStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
};

const NOW = 1_700_000_000_000;

describe('review drafts', () => {
  it('keeps comments, summary, verdict and start time per exercise, and clears them', () => {
    const store = memoryStore();
    const draft = saveComment(
      { ...emptyDraft(NOW - 5000), summary: 'Blocker: SQL injection', verdict: 'request-changes' },
      { id: 'c1', file: 'src/a.ts', line: 15, endLine: 11, body: '  Injection here.  ' },
    );
    writeDraft('order-export', draft, store);
    expect([...store.map.keys()]).toEqual([draftKey('order-export')]);
    expect(readDraft('order-export', NOW, store)).toEqual({
      comments: [{ id: 'c1', file: 'src/a.ts', line: 11, endLine: 15, body: 'Injection here.' }],
      summary: 'Blocker: SQL injection',
      verdict: 'request-changes',
      startedAt: NOW - 5000,
    });
    expect(readDraft('another', NOW, store)).toEqual(emptyDraft(NOW));
    clearDraft('order-export', store);
    expect(readDraft('order-export', NOW, store)).toEqual(emptyDraft(NOW));
  });

  it('reads what it cannot trust as an empty draft, keeping what is sound', () => {
    expect(parseDraft('not json', NOW)).toEqual(emptyDraft(NOW));
    expect(parseDraft('null', NOW)).toEqual(emptyDraft(NOW));
    expect(
      parseDraft(
        JSON.stringify({
          comments: [
            { id: 'ok', file: 'a', line: 2, body: 'b' },
            { id: 'bad', file: 'a', line: 0, body: 'b' },
            { id: 'bad', file: 'a', line: 2, endLine: 'x', body: 'b' },
            'text',
          ],
          summary: 7,
          verdict: 'merge it',
          startedAt: NOW + 60_000,
        }),
        NOW,
      ),
    ).toEqual({ comments: [{ id: 'ok', file: 'a', line: 2, body: 'b' }], summary: '', verdict: null, startedAt: NOW });
  });

  it('survives a browser without storage', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => writeDraft('x', emptyDraft(NOW), broken)).not.toThrow();
    expect(readDraft('x', NOW, broken)).toEqual(emptyDraft(NOW));
  });

  it('edits a comment in place, deletes it, and tells a fresh draft from one with work in it', () => {
    const first = saveComment(emptyDraft(NOW), { id: 'c1', file: 'a', line: 3, body: 'one' });
    expect(hasWork(emptyDraft(NOW))).toBe(false);
    expect(hasWork(first)).toBe(true);
    const edited = saveComment(first, { id: 'c1', file: 'a', line: 3, endLine: 3, body: 'two' });
    expect(edited.comments).toEqual([{ id: 'c1', file: 'a', line: 3, body: 'two' }]);
    expect(deleteComment(edited, 'c1').comments).toEqual([]);
    expect(newCommentId(NOW)).not.toBe(newCommentId(NOW));
  });

  it('submits the comments in the order of the diff, without the browser ids', () => {
    const files = [{ path: 'b.ts' }, { path: 'a.ts' }] as DiffFile[];
    let draft = emptyDraft(NOW);
    draft = saveComment(draft, { id: '1', file: 'a.ts', line: 4, body: 'x' });
    draft = saveComment(draft, { id: '2', file: 'b.ts', line: 9, endLine: 12, body: 'y' });
    expect(toSubmission(files, { ...draft, summary: ' s ', verdict: 'comment' })).toEqual({
      comments: [
        { file: 'b.ts', line: 9, endLine: 12, body: 'y' },
        { file: 'a.ts', line: 4, body: 'x' },
      ],
      summary: 's',
      verdict: 'comment',
    });
  });
});

describe('reviewClock', () => {
  it('counts down from the exercise minutes, then counts the time over', () => {
    expect(reviewClock(NOW, 20, NOW)).toEqual({
      text: '20:00',
      words: '20 minutes 0 seconds left of 20 minutes',
      over: false,
    });
    expect(reviewClock(NOW, 20, NOW + 61_000).text).toBe('18:59');
    const over = reviewClock(NOW, 1, NOW + 125_000);
    expect(over).toEqual({ text: '+1:05', words: '1 minute 5 seconds over the 1 minutes', over: true });
  });
});
