// Sharing with a coach over HTTP, on SQLite and PostgreSQL: invitations and links, the coach's read-only view,
// comments at a moment or on a sentence, unread counts, revoking and expiry, what deletion removes, and bad input
// that gets a clear error and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, signUp, type TestApp } from './helper.ts';
import {
  RECORDING_SECONDS,
  as,
  coachAccount,
  sessionWithRecording,
  share,
  sharingApp,
  typedSession,
  type Account,
} from './sharing-fixtures.ts';
import type { SharingTables } from '../src/modules/sharing/sharing.tables.ts';

const dialects = await availableDialects();

describe.each(dialects)('sharing with a coach on %s', (dialect) => {
  let t: TestApp;
  let admin: Account;
  const expireShare = async (id: string) => {
    await t.deps.database.db
      .withTables<SharingTables>()
      .updateTable('shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await sharingApp(t);
    admin = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('lets an invited coach read the session, play it and comment at 0:12; the candidate sees it unread', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const { interviewId, recordingId } = await sessionWithRecording(t, candidate);
    const created = await share(t, candidate, { via: 'invitation', email: coach.email.toUpperCase(), interviewId });
    expect(created).toMatchObject({ via: 'invitation', status: 'active', coach: { email: coach.email }, link: null });

    const shared = (await as(t, coach)('GET', '/api/v1/shared')).json<{ items: { interviewId: string }[] }>();
    expect(shared.items.map((item) => item.interviewId)).toEqual([interviewId]);
    const view = await as(t, coach)('GET', `/api/v1/shared/interviews/${interviewId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ interview: { id: interviewId, turns: [{ turnId: '0.0', recordingId }] } });
    const played = await as(t, coach)('GET', `/api/v1/shared/recordings/${recordingId}`);
    expect([played.statusCode, played.body]).toEqual([200, '0123456789']);

    const comment = await as(t, coach)('POST', `/api/v1/interviews/${interviewId}/comments`, {
      turnId: '0.0',
      atSec: 12,
      body: 'Here you lose the thread: name the trade-off first.',
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({ atSec: 12, recordingId, readAt: null, author: { name: 'Test User' } });

    expect((await as(t, candidate)('GET', '/api/v1/comments/unread')).json()).toEqual({
      total: 1,
      sessions: [{ interviewId, unread: 1 }],
    });
    const mine = (await as(t, candidate)('GET', `/api/v1/interviews/${interviewId}/comments`)).json<{
      items: { atSec: number; body: string }[];
    }>();
    expect(mine.items).toMatchObject([{ atSec: 12, body: 'Here you lose the thread: name the trade-off first.' }]);
    expect((await as(t, candidate)('POST', `/api/v1/interviews/${interviewId}/comments/read`)).statusCode).toBe(204);
    expect((await as(t, candidate)('GET', '/api/v1/comments/unread')).json()).toEqual({ total: 0, sessions: [] });
  });

  it('refuses a moment past the recording’s end, before its start, or a sentence it lacks, storing nothing', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const { interviewId } = await sessionWithRecording(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    const comment = (body: object) =>
      as(t, coach)('POST', `/api/v1/interviews/${interviewId}/comments`, { turnId: '0.0', body: 'Note', ...body });

    const pastEnd = await comment({ atSec: RECORDING_SECONDS + 0.5 });
    expect(pastEnd.statusCode).toBe(422);
    expect(pastEnd.json()).toMatchObject({ code: 'comment-past-recording-end', durationSec: RECORDING_SECONDS });
    expect(pastEnd.json<{ detail: string }>().detail).toContain('lasts 0:14');
    expect((await comment({ atSec: -1 })).statusCode).toBe(400);
    expect((await comment({ atSec: 3, turnId: '7.0' })).statusCode).toBe(404);
    expect((await comment({ sentenceIndex: 0 })).json()).toMatchObject({ code: 'comment-sentence-out-of-range' });
    expect((await comment({ atSec: 3, body: '   ' })).statusCode).toBe(400);
    expect((await comment({ atSec: RECORDING_SECONDS })).statusCode).toBe(201);
    const all = (await as(t, candidate)('GET', `/api/v1/interviews/${interviewId}/comments`)).json<{
      items: { atSec: number }[];
    }>();
    expect(all.items.map((c) => c.atSec)).toEqual([RECORDING_SECONDS]);
  });

  it('comments on a sentence of a typed answer, keeping the sentence as it read', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const interviewId = await typedSession(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    const url = `/api/v1/interviews/${interviewId}/comments`;
    const made = await as(t, coach)('POST', url, { turnId: '0.0', sentenceIndex: 1, body: 'Say by how much.' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ sentenceIndex: 1, quote: 'It speeds up reads.', atSec: null });
    const noRecording = await as(t, coach)('POST', url, { turnId: '0.0', atSec: 1, body: 'A moment?' });
    expect(noRecording.json()).toMatchObject({ status: 422, code: 'comment-no-recording' });
    expect((await as(t, coach)('POST', url, { turnId: '0.0', sentenceIndex: 3, body: 'x' })).statusCode).toBe(422);
  });

  it('refuses a share to oneself, to an unknown email, or for too long, and keeps none', async () => {
    const candidate = await signUp(t.app);
    const interviewId = await typedSession(t, candidate);
    const post = (body: object) => as(t, candidate)('POST', '/api/v1/shares', { interviewId, ...body });
    const self = await post({ via: 'invitation', email: candidate.email.toUpperCase() });
    expect(self.json()).toMatchObject({ status: 422, code: 'share-to-self' });
    expect((await post({ via: 'invitation', email: 'nobody@example.com' })).json()).toMatchObject({
      status: 422,
      code: 'coach-not-found',
    });
    expect((await post({ via: 'link', expiresInDays: 31 })).statusCode).toBe(400);
    expect((await post({ via: 'link', expiresInDays: 0 })).statusCode).toBe(400);
    expect((await post({ via: 'invitation' })).statusCode).toBe(400);
    expect((await as(t, candidate)('GET', '/api/v1/shares')).json()).toEqual({ items: [] });
  });

  it('binds a link to the first coach who opens it; expired, revoked or one’s own link is refused', async () => {
    const [candidate, coach, other] = [await signUp(t.app), await coachAccount(t, admin), await signUp(t.app)];
    const interviewId = await typedSession(t, candidate);
    const claim = (who: Account, token: string) => as(t, who)('POST', '/api/v1/shared/claims', { token });

    const own = await share(t, candidate, { via: 'link', interviewId });
    expect((await claim(candidate, own.link!.token)).json()).toMatchObject({ code: 'share-to-self' });
    expect(own.link!.url).toMatch(/^http:\/\/localhost:3000\/shared\/link\/[\w-]+$/);
    expect((await claim(coach, own.link!.token)).json()).toEqual({ shareId: own.id, interviewId });
    expect((await claim(coach, own.link!.token)).statusCode).toBe(200); // again: still theirs
    expect((await claim(other, own.link!.token)).json()).toMatchObject({ status: 409, code: 'share-link-claimed' });

    const expired = await share(t, candidate, { via: 'link', interviewId, expiresInDays: 1 });
    await expireShare(expired.id);
    expect((await claim(other, expired.link!.token)).json()).toMatchObject({ status: 403, code: 'share-expired' });
    const revoked = await share(t, candidate, { via: 'link', interviewId });
    expect((await as(t, candidate)('DELETE', `/api/v1/shares/${revoked.id}`)).json()).toMatchObject({
      status: 'revoked',
    });
    expect((await claim(other, revoked.link!.token)).json()).toMatchObject({ status: 403, code: 'share-revoked' });
    expect((await claim(other, 'x'.repeat(32))).statusCode).toBe(404);
    // Nothing changed by the refusals: the other account reaches nothing, and the two refused links are unbound.
    expect((await as(t, other)('GET', '/api/v1/shared')).json()).toEqual({ items: [] });
    const listed = (await as(t, candidate)('GET', '/api/v1/shares')).json<{
      items: { id: string; status: string; coach: object | null }[];
    }>();
    expect(listed.items.map((s) => [s.id, s.status, s.coach === null])).toEqual([
      [revoked.id, 'revoked', true],
      [expired.id, 'expired', true],
      [own.id, 'active', false],
    ]);
  });

  it('shares all sessions, later ones too; revoking closes them all with a clear reason', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const first = await typedSession(t, candidate);
    const created = await share(t, candidate, { via: 'invitation', email: coach.email, interviewId: null });
    const second = await typedSession(t, candidate);
    const listed = (await as(t, coach)('GET', '/api/v1/shared')).json<{ items: { interviewId: string }[] }>();
    expect(listed.items.map((item) => item.interviewId).sort()).toEqual([first, second].sort());

    await as(t, candidate)('DELETE', `/api/v1/shares/${created.id}`);
    expect((await as(t, coach)('GET', '/api/v1/shared')).json()).toEqual({ items: [] });
    const read = await as(t, coach)('GET', `/api/v1/shared/interviews/${second}`);
    expect(read.json()).toMatchObject({ status: 403, code: 'share-revoked' });
    const comment = await as(t, coach)('POST', `/api/v1/interviews/${second}/comments`, {
      ...{ turnId: '0.0', sentenceIndex: 0, body: 'Too late' },
    });
    expect(comment.statusCode).toBe(403);
    expect((await as(t, candidate)('GET', '/api/v1/comments/unread')).json()).toEqual({ total: 0, sessions: [] });
  });

  it('forgets a deleted recording in every share: no playback, and its comments go with it', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const { interviewId, recordingId } = await sessionWithRecording(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId: null });
    const url = `/api/v1/interviews/${interviewId}/comments`;
    expect((await as(t, coach)('POST', url, { turnId: '0.0', atSec: 12, body: 'At 0:12' })).statusCode).toBe(201);
    expect((await as(t, candidate)('GET', url)).json<{ items: unknown[] }>().items).toHaveLength(1);

    expect((await as(t, candidate)('DELETE', `/api/v1/recordings/${recordingId}`)).statusCode).toBe(204);
    expect((await as(t, coach)('GET', `/api/v1/shared/recordings/${recordingId}`)).statusCode).toBe(404);
    const view = (await as(t, coach)('GET', `/api/v1/shared/interviews/${interviewId}`)).json<{
      interview: { turns: { recordingId: string | null }[] };
    }>();
    expect(view.interview.turns[0]!.recordingId).toBeNull();
    expect((await as(t, candidate)('GET', url)).json()).toEqual({ items: [] });
  });

  it('forgets a deleted interview’s shares and comments', async () => {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const interviewId = await typedSession(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    const commented = await as(t, coach)('POST', `/api/v1/interviews/${interviewId}/comments`, {
      ...{ turnId: '0.0', sentenceIndex: 0, body: 'Good start' },
    });
    expect(commented.statusCode).toBe(201);
    expect((await as(t, candidate)('DELETE', `/api/v1/interviews/${interviewId}`)).statusCode).toBe(204);
    expect((await as(t, candidate)('GET', '/api/v1/shares')).json()).toEqual({ items: [] });
    expect((await as(t, candidate)('GET', '/api/v1/comments/unread')).json()).toEqual({ total: 0, sessions: [] });
    expect((await as(t, coach)('GET', '/api/v1/shared')).json()).toEqual({ items: [] });
  });

  it('forgets an account: its shares either way and the comments it wrote or received', async () => {
    const [candidate, coach, other] = [await signUp(t.app), await coachAccount(t, admin), await signUp(t.app)];
    const interviewId = await typedSession(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    await share(t, candidate, { via: 'invitation', email: other.email, interviewId });
    const commented = await as(t, coach)('POST', `/api/v1/interviews/${interviewId}/comments`, {
      ...{ turnId: '0.0', sentenceIndex: 0, body: 'From the coach' },
    });
    expect(commented.statusCode).toBe(201);
    await t.deps.sharing.shares.forgetAccount(coach.user.id);
    const left = (await as(t, candidate)('GET', '/api/v1/shares')).json<{ items: { coach: { email: string } }[] }>();
    expect(left.items.map((s) => s.coach.email)).toEqual([other.email]);
    expect((await as(t, candidate)('GET', `/api/v1/interviews/${interviewId}/comments`)).json()).toEqual({
      items: [],
    });

    await t.deps.sharing.shares.forgetAccount(candidate.user.id);
    expect((await as(t, other)('GET', '/api/v1/shared')).json()).toEqual({ items: [] });
    expect((await as(t, other)('GET', `/api/v1/shared/interviews/${interviewId}`)).statusCode).toBe(404);
  });
});
