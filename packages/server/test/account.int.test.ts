// Deleting an account over HTTP, on SQLite and PostgreSQL: everything the account owns goes (rows and the
// recording's file), the coach it shared with no longer sees it, and its session and token are refused; a wrong
// password, a missing confirmation and the last owner of a team are refused with nothing changed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, availableDialects, buildTestApp, signUp, type TestApp } from './helper.ts';
import { indexingQuestion, makeQuestion } from './fixtures/questions.ts';
import { as, coachAccount, sessionWithRecording, share, sharingApp, type Account } from './sharing-fixtures.ts';
import type { SharingTables } from '../src/modules/sharing/sharing.tables.ts';

const dialects = await availableDialects();

/** A kit of one bank question: personal, or a team's with its teamId. */
const KIT = {
  role: 'Backend engineer',
  level: 'mid',
  competencies: ['databases'],
  questions: [{ kind: 'bank', questionId: indexingQuestion.id }],
  discussionMinutes: 10,
};

/** Every table that keeps something of an account, with the column that names it. */
const OWNED = [
  ['interviews', 'user_id'],
  ['interview_turns', 'user_id'],
  ['recordings', 'user_id'],
  ['analyses', 'user_id'],
  ['code_attempts', 'user_id'],
  ['review_submissions', 'user_id'],
  ['study_cards', 'user_id'],
  ['study_settings', 'user_id'],
  ['access_tokens', 'user_id'],
  ['kits', 'owner_id'],
  ['kit_scorecards', 'author_id'],
  ['team_members', 'user_id'],
  ['questions', 'owner_id'],
  ['shares', 'owner_id'],
  ['share_comments', 'owner_id'],
  ['session', 'userId'],
  ['account', 'userId'],
  ['user', 'id'],
] as const;

describe.each(dialects)('deleting an account on %s', (dialect) => {
  let t: TestApp;
  let admin: Account;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await sharingApp(t);
    admin = await signUp(t.app);
  });
  afterAll(async () => t.close());

  const rowsOf = async (userId: string) => {
    const db = t.deps.database.db.withTables<SharingTables & Record<string, Record<string, string>>>();
    const counts: Record<string, number> = {};
    for (const [table, column] of OWNED) {
      const rows = await db
        .selectFrom(table as 'shares')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column as 'owner_id', '=', userId)
        .executeTakeFirstOrThrow();
      counts[table] = Number(rows.n);
    }
    return counts;
  };
  const remove = (account: Account, body: object) => as(t, account)('DELETE', '/api/v1/account', body);

  /** A candidate with a spoken answer shared with a coach who commented, a code attempt, a token and a kit. */
  async function busyCandidate() {
    const [candidate, coach] = [await signUp(t.app), await coachAccount(t, admin)];
    const { interviewId, recordingId } = await sessionWithRecording(t, candidate);
    await share(t, candidate, { via: 'invitation', email: coach.email, interviewId });
    const comment = await as(t, coach)('POST', `/api/v1/interviews/${interviewId}/comments`, {
      turnId: '0.0',
      atSec: 3,
      body: 'Name the trade-off first.',
    });
    expect(comment.statusCode).toBe(201);
    const attempt = await as(t, candidate)('POST', '/api/v1/problems/lru-cache/attempts', {
      language: 'javascript',
      source: 'export class LRUCache {}',
      mode: 'run',
    });
    expect(attempt.statusCode).toBe(202);
    const token = await as(t, candidate)('POST', '/api/v1/tokens', { name: 'cli' });
    expect(token.statusCode).toBe(201);
    const kit = await as(t, candidate)('POST', '/api/v1/kits', KIT);
    const analysis = await as(t, candidate)('POST', '/api/v1/analyses', {
      questionId: indexingQuestion.id,
      answer: 'An index is a sorted copy of a column.',
    });
    expect(analysis.statusCode).toBe(201);
    const { id: _id, ...own } = makeQuestion({ id: 'own', prompt: 'What did my last outage teach me?' });
    expect((await as(t, candidate)('POST', '/api/v1/questions', own)).statusCode).toBe(201);
    expect(kit.statusCode).toBe(201);
    const file = join(t.deps.config.dataDir, 'recordings', `${recordingId}.webm`);
    return { candidate, coach, interviewId, file, token: token.json<{ token: string }>().token };
  }

  it('removes every row the account owns and the recording file; its session, token and share are refused', async () => {
    const { candidate, coach, file, token } = await busyCandidate();
    const before = await rowsOf(candidate.user.id);
    expect(before).toMatchObject({ interviews: 1, recordings: 1, code_attempts: 1, access_tokens: 1, kits: 1 });
    expect(before).toMatchObject({ analyses: 1, questions: 1, interview_turns: 1 });
    expect(before).toMatchObject({ shares: 1, share_comments: 1, session: 1, user: 1 });
    expect(existsSync(file)).toBe(true);
    const sharedBefore = (await as(t, coach)('GET', '/api/v1/shared')).json<{ items: unknown[] }>();
    expect(sharedBefore.items).toHaveLength(1);

    const deleted = await remove(candidate, { password: candidate.password });
    expect(deleted.statusCode).toBe(204);
    expect(String(deleted.headers['set-cookie'])).toMatch(/better-auth\.session_token=;.*Max-Age=0/);

    const left = Object.entries(await rowsOf(candidate.user.id)).filter(([, n]) => n > 0);
    expect(left).toEqual([]);
    expect(existsSync(file)).toBe(false);
    const shared = (await as(t, coach)('GET', '/api/v1/shared')).json<{ items: unknown[] }>();
    expect(shared.items).toEqual([]);
    expect((await as(t, candidate)('GET', '/api/v1/interviews')).statusCode).toBe(401);
    const byToken = await t.app.inject({ url: '/api/v1/interviews', headers: { authorization: `Bearer ${token}` } });
    expect(byToken.statusCode).toBe(401);
    // The email is free again: signing in with the old password fails.
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: ORIGIN,
      payload: { email: candidate.email, password: candidate.password },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('refuses a wrong password and a token, changing nothing', async () => {
    const { candidate, file, token } = await busyCandidate();
    const before = await rowsOf(candidate.user.id);
    const wrong = await remove(candidate, { password: 'not my password' });
    expect(wrong.statusCode).toBe(403);
    const problem = wrong.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('wrong-password');
    expect(problem.detail).toMatch(/not deleted/);
    const missing = await remove(candidate, {});
    expect(missing.json()).toMatchObject({ status: 403, code: 'wrong-password' });
    const byToken = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/account',
      headers: { authorization: `Bearer ${token}` },
      payload: { password: candidate.password },
    });
    expect(byToken.json()).toMatchObject({ status: 403, code: 'session-required' });
    expect(await rowsOf(candidate.user.id)).toEqual(before);
    expect(existsSync(file)).toBe(true);
    expect((await as(t, candidate)('GET', '/api/v1/interviews')).statusCode).toBe(200);
  });

  it('refuses the last owner of a team others belong to, changing nothing; alone in a team, it goes too', async () => {
    const [owner, member] = [await signUp(t.app), await signUp(t.app)];
    const team = (await as(t, owner)('POST', '/api/v1/teams', { name: 'Payments hiring' })).json<{ id: string }>();
    const invitation = await as(t, owner)('POST', `/api/v1/teams/${team.id}/invitations`, { email: member.email });
    const { id } = invitation.json<{ id: string }>();
    expect((await as(t, member)('POST', `/api/v1/invitations/${id}/accept`)).statusCode).toBe(200);
    const before = await rowsOf(owner.user.id);

    const refused = await remove(owner, { password: owner.password });
    expect(refused.statusCode).toBe(409);
    const problem = refused.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('last-team-owner');
    expect(problem.detail).toMatch(/Payments hiring/);
    expect(await rowsOf(owner.user.id)).toEqual(before);

    // The member leaves: the owner is now alone, and the team goes with the account.
    expect((await as(t, member)('DELETE', `/api/v1/teams/${team.id}/members/${member.user.id}`)).statusCode).toBe(204);
    expect((await remove(owner, { password: owner.password })).statusCode).toBe(204);
    const teams = await t.deps.database.db.selectFrom('teams').select('id').where('id', '=', team.id).execute();
    expect(teams).toEqual([]);
  });

  it('hands a team kit to another owner and keeps the team', async () => {
    const [owner, other] = [await signUp(t.app), await signUp(t.app)];
    const team = (await as(t, owner)('POST', '/api/v1/teams', { name: 'Platform' })).json<{ id: string }>();
    const invitation = await as(t, owner)('POST', `/api/v1/teams/${team.id}/invitations`, {
      email: other.email,
      role: 'owner',
    });
    await as(t, other)('POST', `/api/v1/invitations/${invitation.json<{ id: string }>().id}/accept`);
    const kit = await as(t, owner)('POST', '/api/v1/kits', { ...KIT, teamId: team.id });
    expect(kit.statusCode).toBe(201);

    expect((await remove(owner, { password: owner.password })).statusCode).toBe(204);
    const kept = await as(t, other)('GET', `/api/v1/kits/${kit.json<{ id: string }>().id}`);
    expect(kept.statusCode).toBe(200);
    const members = (await as(t, other)('GET', `/api/v1/teams/${team.id}`)).json<{ members: { userId: string }[] }>();
    expect(members.members.map((m) => m.userId)).toEqual([other.user.id]);
  });
});
