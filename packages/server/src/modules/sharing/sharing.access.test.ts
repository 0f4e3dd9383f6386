// Who may read an interview, with every port faked: the owner, a coach through an open share of it or of all the
// owner's interviews, and a clear reason for a share that no longer opens.
import { describe, expect, it } from 'vitest';
import { DomainError } from '@rehearse/core';
import { createSharingAccess } from './sharing.access.ts';
import type { SessionView } from './sharing.ports.ts';
import type { Share } from './sharing.repository.ts';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const session = (id: string) => ({ id, turns: [] }) as unknown as SessionView;
/** The owner "ann" has interviews i1 and i2; "bob" has i3. */
const interviews: Record<string, string> = { i1: 'ann', i2: 'ann', i3: 'bob' };

const share = (changes: Partial<Share>): Share => ({
  ...{ id: 's', ownerId: 'ann', interviewId: 'i1', via: 'invitation', coachId: 'cora', tokenHash: null },
  ...{ createdAt: '2026-12-01T00:00:00.000Z', expiresAt: null, revokedAt: null },
  ...changes,
});

function accessWith(shares: Share[]) {
  return createSharingAccess({
    repository: { listForCoach: (coachId) => Promise.resolve(shares.filter((s) => s.coachId === coachId)) },
    sessions: { read: (id, ownerId) => Promise.resolve(interviews[id] === ownerId ? session(id) : null) },
    now: () => NOW,
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('reading an interview through a share', () => {
  it('lets the owner in without any share', async () => {
    expect(await accessWith([]).grant('i1', 'ann')).toMatchObject({ ownerId: 'ann', session: { id: 'i1' } });
  });

  it('lets a coach into the interview shared with them, and no other', async () => {
    const access = accessWith([share({})]);
    expect(await access.grant('i1', 'cora')).toMatchObject({ ownerId: 'ann' });
    expect(await refusal(access.grant('i2', 'cora'))).toBe('interview-not-found');
    expect(await refusal(access.grant('i1', 'carl'))).toBe('interview-not-found');
  });

  it("opens every interview of the owner for an all-interviews share, never another candidate's", async () => {
    const access = accessWith([share({ interviewId: null })]);
    expect(await access.grant('i2', 'cora')).toMatchObject({ ownerId: 'ann', session: { id: 'i2' } });
    expect(await refusal(access.grant('i3', 'cora'))).toBe('interview-not-found');
  });

  it('says why a closed share no longer opens, and an open one wins over a closed one', async () => {
    expect(await refusal(accessWith([share({ revokedAt: NOW.toISOString() })]).grant('i1', 'cora'))).toBe(
      'share-revoked',
    );
    expect(await refusal(accessWith([share({ expiresAt: '2026-12-06T00:00:00.000Z' })]).grant('i1', 'cora'))).toBe(
      'share-expired',
    );
    const both = accessWith([share({ id: 'old', revokedAt: NOW.toISOString() }), share({ id: 'new' })]);
    expect(await both.grant('i1', 'cora')).toMatchObject({ ownerId: 'ann' });
  });

  it('tells nothing about an interview a closed share never covered', async () => {
    const access = accessWith([share({ interviewId: 'i1', revokedAt: NOW.toISOString() })]);
    expect(await refusal(access.grant('i3', 'cora'))).toBe('interview-not-found');
  });
});
