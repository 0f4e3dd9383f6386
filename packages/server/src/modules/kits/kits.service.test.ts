// The kits service with its ports faked: kits, scorecards and practice links in arrays, a bank of three questions
// (and one of Ann's own), team roles from a map, and interviews that are only remembered.
import { describe, expect, it } from 'vitest';
import type { Question, TeamRole } from '@rehearse/core';
import { cachingQuestion, indexingQuestion, lockingQuestion, makeQuestion } from '../../../test/fixtures/questions.ts';
import type { Viewer } from '../questions/questions.service.ts';
import type { KeptKit, KeptScorecard, KitRepository, PracticeLink } from './kits.repository.ts';
import type { ScorecardInput } from './kit-scorecards.service.ts';
import { createKitService, type KitInput } from './kits.service.ts';

const ann = { id: 'ann', name: 'Ann' };
const bob = { id: 'bob', name: 'Bob' };
const cid = { id: 'cid', name: 'Cid' };
const annsOwn = makeQuestion({ id: 'my-anns-own' });

function inMemory() {
  const kits: KeptKit[] = [];
  const cards: KeptScorecard[] = [];
  const links: PracticeLink[] = [];
  const replace = <T extends { id: string }>(list: T[], id: string, changes: Partial<T>) => {
    const i = list.findIndex((x) => x.id === id);
    list[i] = { ...list[i]!, ...changes };
    return Promise.resolve();
  };
  const repository: KitRepository = {
    insert: (kit) => Promise.resolve(void kits.push(kit)),
    find: (id) => Promise.resolve(kits.find((k) => k.id === id)),
    listVisible: (userId) =>
      Promise.resolve(kits.filter((k) => k.ownerId === userId || roles.has(`${k.teamId}:${userId}`))),
    update: (id, changes) => replace(kits, id, changes),
    remove: (id) =>
      Promise.resolve(
        void kits.splice(
          kits.findIndex((k) => k.id === id),
          1,
        ),
      ),
    insertScorecard: (card) => Promise.resolve(void cards.push(card)),
    findScorecard: (kitId, id) => Promise.resolve(cards.find((c) => c.kitId === kitId && c.id === id)),
    updateScorecard: (id, changes) => replace(cards, id, changes),
    listScorecards: (kitId, candidate) =>
      Promise.resolve(cards.filter((c) => c.kitId === kitId && (candidate === undefined || c.candidate === candidate))),
    insertLink: (link) => Promise.resolve(void links.push(link)),
    findLink: (tokenHash) => Promise.resolve(links.find((l) => l.tokenHash === tokenHash)),
  };
  const roles = new Map<string, TeamRole>([
    ['hiring:ann', 'owner'],
    ['hiring:bob', 'interviewer'],
  ]);
  const bank = [indexingQuestion, lockingQuestion, cachingQuestion];
  const started: string[][] = [];
  let clock = new Date('2026-03-01T09:00:00Z');
  const service = createKitService({
    repository,
    questions: {
      list: (filter, viewer: Viewer | null) => {
        const own: Question[] = viewer?.id === 'ann' && filter.source !== 'bank' ? [annsOwn] : [];
        return Promise.resolve([
          ...bank.map((question) => ({ question, source: 'bank' as const })),
          ...own.map((question) => ({ question, source: 'own' as const })),
        ]);
      },
    },
    teamRoleOf: (teamId, userId) => Promise.resolve(roles.get(`${teamId}:${userId}`) ?? null),
    startInterview: (_viewer, ids) => Promise.resolve(void started.push([...ids]) as never),
    publicUrl: 'https://rehearse.example',
    now: () => clock,
  });
  const later = (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000));
  return { service, kits, cards, links, started, later };
}

const own = {
  kind: 'own' as const,
  competency: 'databases' as const,
  prompt: 'How would you find the slow query behind a spike in latency?',
  sampleAnswer: 'Look at the slow query log, then explain the plan of the worst query.',
  keyPoints: ['Slow query log', 'Query plan'],
  redFlags: ['Adds indexes blindly'],
  greatAnswerAdds: [],
  targetSeconds: 180,
};
const input = (questions: KitInput['questions'], teamId?: string): KitInput => ({
  ...{ role: 'Backend engineer', level: 'mid', competencies: ['databases'], questions },
  ...{ discussionMinutes: 10, teamId },
});
const bankIds = (...ids: string[]) => ids.map((questionId) => ({ kind: 'bank' as const, questionId }));
const scorecard = (questionKey: string, rating: number, submitted: boolean): ScorecardInput => ({
  candidate: 'Dana',
  entries: [{ questionKey, keyPointsHeard: [], rating, notes: '' }],
  recommendation: 'yes',
  submitted,
});

describe('kits service', () => {
  it("keeps a personal kit its author's: own questions keyed by the server, the bank checked", async () => {
    const { service } = inMemory();
    const kit = await service.create(
      input([...bankIds(indexingQuestion.id, annsOwn.id), { ...own, key: 'mine' }]),
      ann,
    );
    expect(kit.questions.map((q) => [q.key.startsWith('own-') ? 'own-…' : q.key, q.source])).toEqual([
      [indexingQuestion.id, 'bank'],
      [annsOwn.id, 'bank'],
      ['own-…', 'own'],
    ]);
    expect(kit).toMatchObject({ teamId: null, canEdit: true, questionCount: 3, createdAt: '2026-03-01T09:00:00.000Z' });
    await expect(service.get(kit.id, bob)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(service.create(input(bankIds(annsOwn.id)), bob)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(service.create(input(bankIds('nope')), ann)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(service.create(input(bankIds(lockingQuestion.id, lockingQuestion.id)), ann)).rejects.toMatchObject({
      code: 'kit-duplicate-question',
    });
  });

  it("shares a team's kit with its members: the author's own questions resolve for them, only owners edit", async () => {
    const { service, kits, later } = inMemory();
    const kit = await service.create(input([...bankIds(annsOwn.id), own], 'hiring'), ann);
    const ownKey = kit.questions[1]!.key;
    expect((await service.get(kit.id, bob)).questions.map((q) => q.key)).toEqual([annsOwn.id, ownKey]);
    expect(await service.list(bob)).toMatchObject([{ id: kit.id, teamId: 'hiring', questionCount: 2 }]);
    await expect(service.get(kit.id, cid)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(service.update(kit.id, input([own]), bob)).rejects.toMatchObject({ code: 'kit-read-only' });

    later(1);
    const edited = await service.update(kit.id, { ...input([{ ...own, key: ownKey }]), role: 'Staff engineer' }, ann);
    expect(edited).toMatchObject({ role: 'Staff engineer', questions: [{ key: ownKey }] });
    expect(kits[0]).toMatchObject({ role: 'Staff engineer', teamId: 'hiring', updatedAt: '2026-03-02T09:00:00.000Z' });
  });

  it("hides another interviewer's scores of a candidate until one's own is submitted, and counts submitted ones", async () => {
    const { service, cards } = inMemory();
    const kit = await service.create(input(bankIds(indexingQuestion.id), 'hiring'), ann);
    const mine = await service.createScorecard(kit.id, scorecard(indexingQuestion.id, 4, true), ann);
    expect(mine).toMatchObject({ interviewer: 'Ann', submitted: true, mine: true });
    const draft = await service.createScorecard(kit.id, scorecard(indexingQuestion.id, 2, false), bob);
    expect((await service.listScorecards(kit.id, bob)).map((c) => c.id)).toEqual([draft.id]);
    expect((await service.calibration(kit.id, 'Dana', ann)).questions[0]).toMatchObject({ min: 4, max: 4 });

    await expect(
      service.updateScorecard(kit.id, draft.id, scorecard(indexingQuestion.id, 3, true), ann),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    await service.updateScorecard(kit.id, draft.id, scorecard(indexingQuestion.id, 3, true), bob);
    expect(cards[1]).toMatchObject({ submittedAt: '2026-03-01T09:00:00.000Z', interviewer: 'Bob' });
    expect((await service.listScorecards(kit.id, bob)).map((c) => c.interviewer)).toEqual(['Ann', 'Bob']);
    expect((await service.calibration(kit.id, 'Dana', ann)).questions[0]).toMatchObject({ min: 3, max: 4, spread: 1 });
    await expect(service.createScorecard(kit.id, scorecard(indexingQuestion.id, 5, true), bob)).rejects.toMatchObject({
      code: 'rating-off-scale',
    });
  });

  it("lets a candidate practise the kit's bank questions by a link that expires, the token kept only as a hash", async () => {
    const { service, links, started, later } = inMemory();
    const kit = await service.create(input([...bankIds(lockingQuestion.id, annsOwn.id), own]), ann);
    const { token, url, expiresAt } = await service.createPracticeLink(kit.id, ann);
    expect(url).toBe(`https://rehearse.example/kit-practice/${token}`);
    expect(links).toEqual([expect.objectContaining({ kitId: kit.id, expiresAt })]);
    expect(links[0]!.tokenHash).not.toContain(token);
    expect((await service.practice(token)).questions.map((q) => q.id)).toEqual([lockingQuestion.id]);
    await service.startPractice(token, cid);
    expect(started).toEqual([[lockingQuestion.id]]);

    later(31);
    await expect(service.practice(token)).rejects.toMatchObject({ code: 'practice-link-expired' });
    await service.remove(kit.id, ann);
    await expect(service.get(kit.id, ann)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
