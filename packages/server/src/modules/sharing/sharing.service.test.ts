// Shares and comments with every port faked: shares and comments in arrays (a link bound only while no coach
// holds it, as the repository's conditional UPDATE does), three accounts, Ann's two interviews and a recording.
import { describe, expect, it } from 'vitest';
import { createCommentService } from './comments.service.ts';
import { createSharingAccess } from './sharing.access.ts';
import type { SessionListItem, SessionView } from './sharing.ports.ts';
import type { Person, Share, ShareComment, SharingRepository } from './sharing.repository.ts';
import { createSharingService } from './sharing.service.ts';

const ann = { id: 'ann', email: 'ann@example.com', name: 'Ann' };
const cora = { id: 'cora', email: 'cora@example.com', name: 'Cora' };
const carl = { id: 'carl', email: 'carl@example.com', name: 'Carl' };
const people: Person[] = [ann, cora, carl];

const turn = { turnId: 't1', answerText: 'An index is a sorted copy. It speeds up reads.', recordingId: 'r1' };
const session = (id: string) =>
  ({
    id,
    status: 'completed',
    createdAt: '2026-12-01T00:00:00.000Z',
    settings: {},
    turns: [turn],
  }) as unknown as SessionView & SessionListItem;
/** Ann has interviews i1 and i2. */
const interviews: Record<string, string> = { i1: 'ann', i2: 'ann' };

function inMemory() {
  const shares: Share[] = [];
  const comments: ShareComment[] = [];
  const update = <T extends { id: string }>(list: T[], keep: (x: T) => boolean, changes: Partial<T>) => {
    let changed = 0;
    list.forEach((x, i) => keep(x) && (changed++, (list[i] = { ...x, ...changes })));
    return changed;
  };
  const repository: SharingRepository = {
    person: (id) => Promise.resolve(people.find((p) => p.id === id)),
    personByEmail: (email) => Promise.resolve(people.find((p) => p.email === email.trim().toLowerCase())),
    insertShare: (share) => Promise.resolve(void shares.push(share)),
    findShare: (id) => Promise.resolve(shares.find((s) => s.id === id)),
    findByTokenHash: (hash) => Promise.resolve(shares.find((s) => s.tokenHash === hash)),
    listByOwner: (ownerId) => Promise.resolve(shares.filter((s) => s.ownerId === ownerId).reverse()),
    listForCoach: (coachId) => Promise.resolve(shares.filter((s) => s.coachId === coachId).reverse()),
    revoke: (id, ownerId, revokedAt) =>
      Promise.resolve(void update(shares, (s) => s.id === id && s.ownerId === ownerId && !s.revokedAt, { revokedAt })),
    bindCoach: (id, coachId) =>
      Promise.resolve(update(shares, (s) => s.id === id && s.coachId === null, { coachId }) > 0),
    insertComment: (comment) => Promise.resolve(void comments.push(comment)),
    listComments: (interviewId, authors) =>
      Promise.resolve(comments.filter((c) => c.interviewId === interviewId && (authors?.includes(c.authorId) ?? true))),
    unreadByInterview: (ownerId) => {
      const unread = comments.filter((c) => c.ownerId === ownerId && c.readAt === null);
      const ids = [...new Set(unread.map((c) => c.interviewId))];
      return Promise.resolve(
        ids.map((id) => ({ interviewId: id, unread: unread.filter((c) => c.interviewId === id).length })),
      );
    },
    markRead: (interviewId, ownerId, readAt) =>
      Promise.resolve(
        void update(comments, (c) => c.interviewId === interviewId && c.ownerId === ownerId && !c.readAt, { readAt }),
      ),
    forgetAccount: () => Promise.reject(new Error('not used')),
  };
  let clock = new Date('2026-12-07T12:00:00.000Z');
  const now = () => clock;
  const sessions = {
    read: (id: string, ownerId: string) => Promise.resolve(interviews[id] === ownerId ? session(id) : null),
    list: (ownerId: string) =>
      Promise.resolve(
        Object.keys(interviews)
          .filter((id) => interviews[id] === ownerId)
          .map(session),
      ),
  };
  const recordings = {
    find: (id: string) =>
      Promise.resolve(id === 'r1' ? { id, ownerId: 'ann', answerId: 'i1:t1', durationSec: 30 } : null),
    open: () => Promise.reject(new Error('not used')),
  };
  const access = createSharingAccess({ repository, sessions, now });
  return {
    shares: createSharingService({ repository, sessions, publicUrl: 'https://rehearse.example', now }),
    comments: createCommentService({ repository, access, recordings, now }),
    stored: { shares, comments },
    later: (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000)),
  };
}

describe('sharing service', () => {
  it('invites a coach by email, shows the share with its coach, and revokes it once', async () => {
    const t = inMemory();
    const made = await t.shares.create(ann, { via: 'invitation', interviewId: 'i1', email: ' Cora@Example.com' });
    expect(made).toMatchObject({ via: 'invitation', interviewId: 'i1', status: 'active', link: null });
    expect(made.coach).toEqual({ email: 'cora@example.com', name: 'Cora' });
    await expect(
      t.shares.create(ann, { via: 'invitation', interviewId: null, email: 'nobody@example.com' }),
    ).rejects.toMatchObject({ code: 'coach-not-found' });
    await expect(
      t.shares.create(ann, { via: 'invitation', interviewId: null, email: ann.email }),
    ).rejects.toMatchObject({ code: 'share-to-self' });
    await expect(t.shares.create(ann, { via: 'link', interviewId: 'i9' })).rejects.toMatchObject({ kind: 'not-found' });

    expect((await t.shares.sharedWith(cora)).items.map((i) => i.interviewId)).toEqual(['i1']);
    expect(await t.shares.revoke(made.id, ann)).toMatchObject({
      status: 'revoked',
      revokedAt: '2026-12-07T12:00:00.000Z',
    });
    expect(await t.shares.revoke(made.id, ann)).toMatchObject({ revokedAt: '2026-12-07T12:00:00.000Z' });
    await expect(t.shares.revoke(made.id, cora)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await t.shares.sharedWith(cora)).items).toEqual([]);
  });

  it('binds a link to the first coach who opens it, keeps only its hash, and lets it expire', async () => {
    const t = inMemory();
    const made = await t.shares.create(ann, { via: 'link', interviewId: null, expiresInDays: 2 });
    const token = made.link!.token;
    expect(made.link!.url).toBe(`https://rehearse.example/shared/link/${token}`);
    expect(t.stored.shares[0]).toMatchObject({ coachId: null, expiresAt: '2026-12-09T12:00:00.000Z' });
    expect(t.stored.shares[0]!.tokenHash).not.toContain(token);
    await expect(t.shares.claim(token, ann)).rejects.toMatchObject({ code: 'share-to-self' });

    expect(await t.shares.claim(token, cora)).toEqual({ shareId: made.id, interviewId: null });
    expect(await t.shares.claim(token, cora)).toEqual({ shareId: made.id, interviewId: null });
    await expect(t.shares.claim(token, carl)).rejects.toMatchObject({ code: 'share-link-claimed' });
    expect((await t.shares.sharedWith(cora)).items.map((i) => [i.interviewId, i.owner?.name])).toEqual([
      ['i1', 'Ann'],
      ['i2', 'Ann'],
    ]);

    t.later(3);
    await expect(t.shares.claim(token, cora)).rejects.toMatchObject({ code: 'share-expired' });
    expect((await t.shares.list(ann)).items).toMatchObject([{ status: 'expired', coach: { name: 'Cora' } }]);
  });

  it("keeps a coach's comments, anchored and counted unread, until the candidate reads them", async () => {
    const t = inMemory();
    await t.shares.create(ann, { via: 'invitation', interviewId: 'i1', email: cora.email });
    const onSentence = await t.comments.add('i1', cora, { turnId: 't1', sentenceIndex: 1, body: ' Say why. ' });
    expect(onSentence).toMatchObject({ quote: 'It speeds up reads.', body: 'Say why.', author: { name: 'Cora' } });
    const atMoment = await t.comments.add('i1', cora, { turnId: 't1', atSec: 12, body: 'Pause here.' });
    expect(atMoment).toMatchObject({ recordingId: 'r1', atSec: 12, sentenceIndex: null, readAt: null });
    await expect(t.comments.add('i1', cora, { turnId: 't1', atSec: 31, body: 'Late.' })).rejects.toMatchObject({
      code: 'comment-past-recording-end',
    });
    await expect(t.comments.add('i2', cora, { turnId: 't1', sentenceIndex: 0, body: 'No.' })).rejects.toMatchObject({
      kind: 'not-found',
    });

    const reply = await t.comments.add('i1', ann, { turnId: 't1', sentenceIndex: 0, body: 'Thanks.' });
    expect(reply.readAt).toBe('2026-12-07T12:00:00.000Z');
    expect(await t.comments.unread(ann)).toEqual({ total: 2, sessions: [{ interviewId: 'i1', unread: 2 }] });
    await expect(t.comments.markRead('i1', cora)).rejects.toMatchObject({ kind: 'not-found' });
    await t.comments.markRead('i1', ann);
    expect(await t.comments.unread(ann)).toEqual({ total: 0, sessions: [] });
    expect((await t.comments.list('i1', cora)).items.map((c) => c.body)).toEqual([
      'Say why.',
      'Pause here.',
      'Thanks.',
    ]);
  });
});
