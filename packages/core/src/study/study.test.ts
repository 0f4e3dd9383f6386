import { describe, expect, it } from 'vitest';
import { gradeCard, newCard, previewGrades, type StudyCard, type StudyGrade, type StudyReview } from './card.ts';
import { buildChecklist, checklistState, type ChecklistQuestion } from './checklist.ts';
import { gradeFromAnswer, gradeFromCoverage } from './practice.ts';
import {
  buildQueue,
  DEFAULT_STUDY_LIMITS,
  introductionOrder,
  studiedToday,
  studyDay,
  thinkingSeconds,
  type StudyLimits,
} from './queue.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * A candidate's deck over simulated days: the clock is a variable the test moves, the cards and review log are
 * what the server would store, and each step asks the queue what to study as the server would.
 */
function simulation(questionIds: string[], limits: StudyLimits = DEFAULT_STUDY_LIMITS, utcOffsetMinutes = 0) {
  let now = new Date('2026-03-02T08:00:00Z'); // a Monday, 8 a.m. UTC
  const cards = new Map<string, StudyCard>();
  const log: StudyReview[] = [];
  const queue = () => {
    const day = studyDay(now, utcOffsetMinutes);
    return buildQueue({
      now,
      day,
      limits,
      cards: [...cards.values()],
      unseen: questionIds.filter((id) => !cards.has(id)),
      today: studiedToday(log, day),
    });
  };
  return {
    get now() {
      return now;
    },
    cards,
    log,
    queue,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** The next morning at 9 a.m. UTC (days later when given). */
    nextMorning(days = 1) {
      const next = new Date(now.getTime() + days * DAY);
      next.setUTCHours(9, 0, 0, 0);
      now = next;
    },
    grade(questionId: string, grade: StudyGrade, source: 'study' | 'practice' = 'study') {
      const graded = gradeCard(cards.get(questionId) ?? newCard(questionId, now), grade, now, source);
      cards.set(questionId, graded.card);
      log.push(graded.review);
      return graded;
    },
    /** Studies the first card of the queue; returns its id, or null when nothing is due. */
    studyNext(grade: StudyGrade) {
      const first = queue().cards[0];
      if (!first) return null;
      this.grade(first.questionId, grade);
      return first.questionId;
    },
  };
}

const days = (card: StudyCard | undefined) => card?.scheduledDays;

describe('FSRS scheduling over simulated days', () => {
  it('grows the interval with each Good on the day the card is due', () => {
    const sim = simulation(['q1']);
    sim.grade('q1', 'good'); // new → learning, 10 minutes
    expect(sim.cards.get('q1')).toMatchObject({ state: 'learning', scheduledDays: 0, reps: 1 });
    sim.advance(10 * MINUTE);
    sim.grade('q1', 'good'); // graduates to review
    const intervals = [days(sim.cards.get('q1'))!];
    for (let i = 0; i < 4; i++) {
      sim.now.setTime(Date.parse(sim.cards.get('q1')!.due));
      expect(sim.queue().cards.map((c) => c.questionId)).toEqual(['q1']);
      sim.grade('q1', 'good');
      intervals.push(days(sim.cards.get('q1'))!);
    }
    expect(sim.cards.get('q1')!.state).toBe('review');
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    expect(intervals.at(-1)).toBeGreaterThan(30);
  });

  it('resets a forgotten card to a short relearning step on Again, and rebuilds it smaller than before', () => {
    const sim = simulation(['q1']);
    sim.grade('q1', 'easy'); // straight to review, days away
    for (let i = 0; i < 2; i++) {
      sim.now.setTime(Date.parse(sim.cards.get('q1')!.due));
      sim.grade('q1', 'good');
    }
    const before = sim.cards.get('q1')!;
    expect(before.scheduledDays).toBeGreaterThan(20);
    sim.now.setTime(Date.parse(before.due));
    sim.grade('q1', 'again');
    const lapsed = sim.cards.get('q1')!;
    expect(lapsed).toMatchObject({ state: 'relearning', scheduledDays: 0, lapses: 1 });
    expect(Date.parse(lapsed.due) - sim.now.getTime()).toBe(10 * MINUTE);
    expect(lapsed.stability).toBeLessThan(before.stability);
    // Due again in ten minutes: nothing before then (learn-ahead aside), then it is first in the queue.
    sim.advance(10 * MINUTE);
    expect(sim.queue().cards[0]).toMatchObject({ questionId: 'q1', kind: 'learning', state: 'relearning' });
    sim.grade('q1', 'good');
    expect(sim.cards.get('q1')!.state).toBe('review');
    expect(sim.cards.get('q1')!.scheduledDays).toBeLessThan(before.scheduledDays);
  });

  it('previews when each grade would bring the card back', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const preview = previewGrades(newCard('q1', now), now);
    expect(preview.again.minutes).toBe(1);
    expect(preview.good.minutes).toBe(10);
    expect(preview.easy.minutes).toBeGreaterThanOrEqual(DAY / MINUTE);
    expect(preview.hard.minutes).toBeLessThan(preview.good.minutes);
  });

  it('gives the same intervals for the same grades on the same days (no fuzz, no hidden clock)', () => {
    const run = () => {
      const sim = simulation(['q1', 'q2']);
      for (const id of ['q1', 'q2']) sim.grade(id, 'good');
      sim.nextMorning(2);
      for (const id of ['q1', 'q2']) sim.grade(id, 'hard');
      return [...sim.cards.values()];
    };
    expect(run()).toEqual(run());
  });
});

describe('daily limits', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `q${String(i).padStart(2, '0')}`);

  it('introduces at most the new-card limit per study day, and the rest on later days', () => {
    const sim = simulation(ids, { newPerDay: 5, reviewsPerDay: 200 });
    const first = sim.queue();
    expect(first.counts).toEqual({ new: 5, learning: 0, review: 0 });
    expect(first.cards.map((c) => c.questionId)).toEqual(['q00', 'q01', 'q02', 'q03', 'q04']);
    expect(first.heldBack.new).toBe(25);
    // Easy sends each new card to review days away, so only the limit stops more new cards today.
    for (let i = 0; i < 5; i++) sim.studyNext('easy');
    expect(sim.queue()).toMatchObject({ counts: { new: 0, learning: 0, review: 0 }, cards: [] });
    expect(sim.queue().nextDue).not.toBeNull();
    // Practice answers rate cards too, but use none of the queue's allowance.
    sim.grade('q29', 'good', 'practice');
    expect(sim.queue().counts.new).toBe(0);
    sim.advance(3 * 60 * MINUTE);
    expect(sim.queue().counts.new).toBe(0);
    sim.nextMorning();
    expect(
      sim
        .queue()
        .cards.filter((c) => c.kind === 'new')
        .map((c) => c.questionId),
    ).toEqual(['q05', 'q06', 'q07', 'q08', 'q09']);
  });

  it('answers at most the review limit per day; learning cards are never held back', () => {
    const sim = simulation(ids.slice(0, 10), { newPerDay: 10, reviewsPerDay: 3 });
    for (let i = 0; i < 10; i++) sim.studyNext('easy');
    sim.nextMorning(30); // every card is long overdue
    const due = sim.queue();
    expect(due.counts).toEqual({ new: 0, learning: 0, review: 3 });
    expect(due.heldBack.review).toBe(7);
    sim.studyNext('again'); // a review forgotten: relearning, 10 minutes
    sim.studyNext('good');
    sim.studyNext('good');
    expect(studiedToday(sim.log, studyDay(sim.now, 0))).toEqual({ newCards: 0, reviews: 3 });
    sim.advance(10 * MINUTE);
    const after = sim.queue();
    expect(after.counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(after.heldBack.review).toBe(7);
    sim.nextMorning();
    expect(sim.queue().counts.review).toBe(3);
  });

  it('turns the study day over at 4 a.m. local time', () => {
    // 02:30 in Paris (UTC+1) is still the day before; 04:30 is the new day.
    const late = studyDay(new Date('2026-03-03T01:30:00Z'), 60);
    expect(late.start.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    expect(late.end.toISOString()).toBe('2026-03-03T03:00:00.000Z');
    const morning = studyDay(new Date('2026-03-03T03:30:00Z'), 60);
    expect(morning.start.toISOString()).toBe('2026-03-03T03:00:00.000Z');
    // New York (UTC-5): 23:00 local is 04:00 UTC the next day, and still the same study day.
    expect(studyDay(new Date('2026-03-03T04:00:00Z'), -300).start.toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('counts a review by the study day it was done in', () => {
    const sim = simulation(ids.slice(0, 3), { newPerDay: 1, reviewsPerDay: 200 }, 60);
    sim.nextMorning(); // 09:00 UTC = 10:00 in Paris
    sim.now.setUTCHours(2, 30); // 03:30 in Paris: still yesterday's study day
    sim.studyNext('easy');
    expect(sim.queue().counts.new).toBe(0);
    sim.advance(60 * MINUTE); // 04:30 in Paris: a new day, a new allowance
    expect(sim.queue().counts.new).toBe(1);
  });
});

describe('the queue, in the order Anki shows it', () => {
  it('puts due learning cards first by due time, then reviews by due date, then new cards', () => {
    const sim = simulation(['new-a', 'new-b', 'rev-late', 'rev-early', 'learn-a', 'learn-b']);
    sim.grade('rev-late', 'easy');
    sim.advance(DAY);
    sim.grade('rev-early', 'easy');
    sim.now.setTime(Date.parse(sim.cards.get('rev-late')!.due) + 3 * DAY);
    // rev-late was due first (it was graded first, with the same interval): by due date, it comes first.
    sim.grade('learn-b', 'good'); // due in 10 minutes
    sim.advance(5 * MINUTE);
    sim.grade('learn-a', 'again'); // due in 1 minute: before learn-b
    sim.advance(10 * MINUTE);
    const queue = sim.queue();
    expect(queue.cards.map((c) => [c.questionId, c.kind])).toEqual([
      ['learn-a', 'learning'],
      ['learn-b', 'learning'],
      ['rev-late', 'review'],
      ['rev-early', 'review'],
      ['new-a', 'new'],
      ['new-b', 'new'],
    ]);
    expect(queue.counts).toEqual({ new: 2, learning: 2, review: 2 });
  });

  it('introduces new cards the easier levels first, one category after another', () => {
    const q = (id: string, category: string, level: string) => ({ id, category, level }) as never;
    const order = introductionOrder([
      q('db-2', 'databases', 'junior'),
      q('db-1', 'databases', 'junior'),
      q('api-1', 'api-design', 'junior'),
      q('api-s', 'api-design', 'senior'),
      q('db-m', 'databases', 'mid'),
    ]);
    expect(order.map((item: { id: string }) => item.id)).toEqual(['api-1', 'db-1', 'db-2', 'db-m', 'api-s']);
  });

  it('shows a learning card a little early when nothing else is left, and says when the next one is due', () => {
    const sim = simulation(['q1']);
    sim.grade('q1', 'good'); // due in 10 minutes
    expect(sim.queue().cards.map((c) => c.questionId)).toEqual(['q1']); // within the 20-minute learn-ahead
    sim.grade('q1', 'good'); // graduated: due in days
    const empty = sim.queue();
    expect(empty.cards).toEqual([]);
    expect(empty.nextDue).toBe(sim.cards.get('q1')!.due);
  });
});

describe('practice feeds the schedule', () => {
  const point = (weight: number, strength: number) => ({ weight, strength }) as never;
  const analysis = (strengths: number[], verdict: 'assessed' | 'not-enough-to-assess' | 'off-topic' = 'assessed') => ({
    verdict,
    keyPoints: strengths.map((s, i) => point(i === 0 ? 3 : 1, s)),
    substance: { admitsNotKnowing: false } as never,
  });

  it('turns weighted key-point coverage into a grade', () => {
    expect([0, 0.34, 0.35, 0.59, 0.6, 0.84, 0.85, 1].map(gradeFromCoverage)).toEqual([
      'again',
      'again',
      'hard',
      'hard',
      'good',
      'good',
      'easy',
      'easy',
    ]);
    // The essential point (weight 3) made firmly, the two others not at all: 3/5 = 0.6, Good.
    expect(gradeFromAnswer(analysis([1, 0, 0]))).toEqual({ grade: 'good', coverage: 0.6 });
    expect(gradeFromAnswer(analysis([0, 1, 0]))?.grade).toBe('again');
    expect(gradeFromAnswer(analysis([0, 1, 1]))?.grade).toBe('hard');
    expect(gradeFromAnswer(analysis([0, 0, 0], 'off-topic'))?.grade).toBe('again');
  });

  it('gives no grade for an answer too short to assess, but Again for "I don\'t know"', () => {
    expect(gradeFromAnswer(analysis([0, 0, 0], 'not-enough-to-assess'))).toBeNull();
    const dontKnow = { ...analysis([0, 0, 0], 'not-enough-to-assess'), substance: { admitsNotKnowing: true } };
    expect(gradeFromAnswer(dontKnow as never)?.grade).toBe('again');
  });
});

describe('the self-study checklist', () => {
  const question = (id: string, category: string, level = 'mid', round = 'concepts') =>
    ({ id, prompt: `Prompt ${id}?`, category, level, round }) as ChecklistQuestion;
  const questions = [
    question('a1', 'databases'),
    question('a2', 'databases', 'senior'),
    question('a3', 'databases', 'junior', 'design'),
    question('b1', 'api-design'),
  ];

  it('derives each state from answers and cards, and the progress per category', () => {
    const sim = simulation([]);
    sim.grade('a1', 'easy'); // review, 8 days: confident
    sim.grade('a2', 'good'); // learning: practised
    const practice = new Map([['b1', { answers: 2, lastAnsweredAt: sim.now.toISOString() }]]);
    const list = buildChecklist(questions, sim.cards, practice);
    expect(list.items.map((i) => [i.questionId, i.state])).toEqual([
      ['a1', 'confident'],
      ['a2', 'practised'],
      ['a3', 'not-started'],
      ['b1', 'practised'],
    ]);
    // Categories in the taxonomy's order, whatever the questions' order.
    expect(list.categories).toEqual([
      { category: 'api-design', total: 1, notStarted: 0, practised: 1, confident: 0 },
      { category: 'databases', total: 3, notStarted: 1, practised: 1, confident: 1 },
    ]);
    expect(list.items[3]).toMatchObject({ answers: 2, lastAnsweredAt: sim.now.toISOString(), card: null });
    expect(checklistState(undefined, undefined)).toBe('not-started');
  });

  it('filters by level and round; a state filter narrows the items but not the progress bars', () => {
    const sim = simulation([]);
    sim.grade('a1', 'easy');
    expect(buildChecklist(questions, sim.cards, new Map(), { level: 'junior' }).items.map((i) => i.questionId)).toEqual(
      ['a3'],
    );
    expect(buildChecklist(questions, sim.cards, new Map(), { round: 'design' }).categories).toEqual([
      { category: 'databases', total: 1, notStarted: 1, practised: 0, confident: 0 },
    ]);
    const confident = buildChecklist(questions, sim.cards, new Map(), { category: 'databases', state: 'confident' });
    expect(confident.items.map((i) => i.questionId)).toEqual(['a1']);
    expect(confident.categories[0]).toMatchObject({ total: 3, confident: 1 });
  });
});

describe('thinking time', () => {
  it('is a quarter of the answer time, in steps of 5 s, from 15 s to a minute', () => {
    expect([30, 120, 180, 600].map(thinkingSeconds)).toEqual([15, 30, 45, 60]);
  });
});
