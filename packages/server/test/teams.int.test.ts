// Teams and their kits through the API on both databases: invitations answered by their invitee, a team's kit
// scored by two interviewers independently, the calibration of their spread, the kit as a PDF, proposals from
// the bank offline; bad input (a member invited again, an expired invitation, a rating off the scale) refused
// with nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

type User = Awaited<ReturnType<typeof signUp>>;
interface TeamView {
  id: string;
  role: string;
  members: Array<{ userId: string; role: string }>;
  invitations: Array<{ id: string; email: string }>;
}

describe.each(dialects)('teams and their kits on %s', (dialect) => {
  let t: TestApp;
  let owner: User;
  let bo: User;
  let cy: User;
  let team: string;
  let kit: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    owner = await signUp(t.app);
    bo = await signUp(t.app);
    cy = await signUp(t.app);
  });
  afterAll(async () => t.close());

  const call = (as: User, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { ...ORIGIN, cookie: as.cookie }, ...(payload ? { payload } : {}) });
  const teamOf = async (as: User) => (await call(as, 'GET', `/api/v1/teams/${team}`)).json<TeamView>();

  it('brings members in by invitations their invitee accepts or declines', async () => {
    team = (await call(owner, 'POST', '/api/v1/teams', { name: 'Payments hiring' })).json<TeamView>().id;
    const toBo = await call(owner, 'POST', `/api/v1/teams/${team}/invitations`, { email: bo.email.toUpperCase() });
    expect(toBo.statusCode).toBe(201);
    const mine = (await call(bo, 'GET', '/api/v1/invitations')).json<{
      items: Array<{ id: string; teamName: string }>;
    }>();
    expect(mine.items.map((i) => i.teamName)).toEqual(['Payments hiring']);
    // Nobody but the invitee answers it.
    expect((await call(cy, 'POST', `/api/v1/invitations/${mine.items[0]!.id}/accept`)).statusCode).toBe(404);
    expect((await call(bo, 'POST', `/api/v1/invitations/${mine.items[0]!.id}/accept`)).statusCode).toBe(200);
    const toCy = (await call(owner, 'POST', `/api/v1/teams/${team}/invitations`, { email: cy.email })).json<{
      id: string;
    }>();
    expect((await call(cy, 'POST', `/api/v1/invitations/${toCy.id}/decline`)).statusCode).toBe(204);
    expect((await call(cy, 'POST', `/api/v1/invitations/${toCy.id}/accept`)).json()).toMatchObject({
      code: 'invitation-answered',
    });
    const again = (await call(owner, 'POST', `/api/v1/teams/${team}/invitations`, { email: cy.email })).json<{
      id: string;
    }>();
    expect((await call(cy, 'POST', `/api/v1/invitations/${again.id}/accept`)).statusCode).toBe(200);
    expect((await teamOf(owner)).members.map((m) => m.role)).toEqual(['owner', 'interviewer', 'interviewer']);
  });

  it('refuses to invite a member again, changing nothing', async () => {
    const before = await teamOf(owner);
    const response = await call(owner, 'POST', `/api/v1/teams/${team}/invitations`, { email: bo.email });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'already-member',
      detail: `${bo.email} is already a member of this team.`,
    });
    expect(await teamOf(owner)).toEqual(before);
    // Interviewers do not invite.
    const byBo = await call(bo, 'POST', `/api/v1/teams/${team}/invitations`, { email: 'new@example.com' });
    expect(byBo.json()).toMatchObject({ status: 403, code: 'team-owner-only' });
  });

  it('refuses an expired invitation, changing nothing', async () => {
    const late = await signUp(t.app);
    const { id } = (await call(owner, 'POST', `/api/v1/teams/${team}/invitations`, { email: late.email })).json<{
      id: string;
    }>();
    await t.deps.database.db
      .updateTable('team_invitations')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    const response = await call(late, 'POST', `/api/v1/invitations/${id}/accept`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'invitation-expired' });
    expect((await teamOf(owner)).members.map((m) => m.userId)).not.toContain(late.user.id);
    expect((await call(late, 'GET', `/api/v1/teams/${team}`)).statusCode).toBe(404);
    const listed = (await call(late, 'GET', '/api/v1/invitations')).json<{ items: Array<{ expired: boolean }> }>();
    expect(listed.items.map((i) => i.expired)).toEqual([true]);
  });

  it('keeps an owner: the last one can neither leave nor step down', async () => {
    const leave = await call(owner, 'DELETE', `/api/v1/teams/${team}/members/${owner.user.id}`);
    expect(leave.json()).toMatchObject({ status: 422, code: 'team-needs-an-owner' });
    const down = await call(owner, 'PATCH', `/api/v1/teams/${team}/members/${owner.user.id}`, { role: 'interviewer' });
    expect(down.statusCode).toBe(422);
    expect((await teamOf(owner)).role).toBe('owner');
  });

  it('lets two interviewers score a candidate independently, then shows their spread', async () => {
    const created = await call(bo, 'POST', '/api/v1/kits', {
      role: 'Payments engineer',
      level: 'mid',
      questions: [
        { kind: 'bank', questionId: indexingQuestion.id },
        { kind: 'bank', questionId: lockingQuestion.id },
      ],
      teamId: team,
    });
    expect(created.statusCode).toBe(201);
    kit = created.json<{ id: string }>().id;
    const card = (r1: number, r2: number, submitted: boolean, recommendation: string) => ({
      candidate: 'Ann',
      entries: [
        { questionKey: indexingQuestion.id, keyPointsHeard: [indexingQuestion.keyPoints[0]!.id], rating: r1 },
        { questionKey: lockingQuestion.id, rating: r2 },
      ],
      recommendation,
      submitted,
    });
    const boCard = (await call(bo, 'POST', `/api/v1/kits/${kit}/scorecards`, card(4, 2, true, 'yes'))).json<{
      id: string;
    }>();
    const cyDraft = await call(cy, 'POST', `/api/v1/kits/${kit}/scorecards`, card(1, 2, false, 'no'));
    expect(cyDraft.statusCode).toBe(201);
    const seenByCy = async () =>
      (await call(cy, 'GET', `/api/v1/kits/${kit}/scorecards?candidate=Ann`)).json<{
        items: Array<{ interviewer: string; mine: boolean }>;
      }>().items;
    // Cy's card is a draft: Bo's stays hidden from Cy, and Cy's draft from Bo.
    expect((await seenByCy()).map((c) => c.mine)).toEqual([true]);
    const seenByBo = (await call(bo, 'GET', `/api/v1/kits/${kit}/scorecards`)).json<{ items: unknown[] }>().items;
    expect(seenByBo).toHaveLength(1);
    // Nor may Cy rewrite Bo's card.
    expect(
      (await call(cy, 'PUT', `/api/v1/kits/${kit}/scorecards/${boCard.id}`, card(1, 1, true, 'no'))).statusCode,
    ).toBe(404);

    const cyCard = cyDraft.json<{ id: string }>();
    expect(
      (await call(cy, 'PUT', `/api/v1/kits/${kit}/scorecards/${cyCard.id}`, card(1, 2, true, 'no'))).statusCode,
    ).toBe(200);
    expect(await seenByCy()).toHaveLength(2);
    const calibration = (await call(owner, 'GET', `/api/v1/kits/${kit}/calibration?candidate=Ann`)).json<{
      interviewers: number;
      questions: Array<{ agreement: string; spread: number }>;
      recommendationAgreement: string;
    }>();
    expect(calibration.interviewers).toBe(2);
    expect(calibration.questions.map((q) => [q.agreement, q.spread])).toEqual([
      ['split', 3],
      ['agree', 0],
    ]);
    expect(calibration.recommendationAgreement).toBe('split');
  });

  it('refuses a rating outside the scale, changing nothing', async () => {
    const off = { candidate: 'Eve', entries: [{ questionKey: indexingQuestion.id, rating: 0 }], submitted: true };
    const response = await call(bo, 'POST', `/api/v1/kits/${kit}/scorecards`, off);
    expect(response.statusCode).toBe(400);
    const { errors } = response.json<{ errors: Array<{ pointer?: string; detail?: string }> }>();
    expect(JSON.stringify(errors)).toContain('rating');
    const eve = (await call(owner, 'GET', `/api/v1/kits/${kit}/scorecards?candidate=Eve`)).json<{ items: unknown[] }>();
    expect(eve.items).toEqual([]);
  });

  it('prints the kit as a PDF', async () => {
    const response = await call(cy, 'GET', `/api/v1/kits/${kit}/print.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('payments-engineer-interview-kit.pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(2000);
  });

  it('proposes similar bank questions offline, leaving the kit as it was', async () => {
    const response = await call(bo, 'POST', `/api/v1/kits/${kit}/variants`, {
      roleDescription: 'Owns the cache in front of the payments database and its invalidation.',
    });
    expect(response.statusCode).toBe(200);
    const proposals = response.json<{ source: string; items: Array<{ questionId: string }> }>();
    expect(proposals.source).toBe('bank');
    expect(proposals.items.map((i) => i.questionId)).toEqual([cachingQuestion.id]);
    const after = (await call(bo, 'GET', `/api/v1/kits/${kit}`)).json<{ questionCount: number }>();
    expect(after.questionCount).toBe(2);
  });

  it('loses the team and its kits with it when a member leaves', async () => {
    expect((await call(cy, 'DELETE', `/api/v1/teams/${team}/members/${cy.user.id}`)).statusCode).toBe(204);
    expect((await call(cy, 'GET', `/api/v1/kits/${kit}`)).statusCode).toBe(404);
    expect((await call(bo, 'GET', `/api/v1/kits/${kit}`)).statusCode).toBe(200);
  });
});
