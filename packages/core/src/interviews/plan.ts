// Plans a mock interview: which questions, in what order, within the time the candidate has.
import type { Category, Level, Question, Round } from '../questions/question.schema.ts';
import { LEVELS } from '../questions/question.schema.ts';
import { THINKING_SECONDS } from '../limits.ts';
import type { HandsOnSlot } from './hands-on.ts';

export const INTERVIEW_ROUNDS = ['background', 'concepts', 'design', 'behavioral', 'mixed'] as const;
export type InterviewRound = (typeof INTERVIEW_ROUNDS)[number];

export interface InterviewSettings {
  round: InterviewRound;
  level: Level;
  /** Empty: every category the round allows. */
  categories: Category[];
  minutes: number;
}

export interface PlannedQuestion {
  questionId: string;
  category: Category;
  round: Round;
  targetSeconds: number;
}

export interface InterviewPlan {
  questions: PlannedQuestion[];
  /** A full loop's coding problem and pull request to review, after the conversation (absent: none). */
  handsOn?: HandsOnSlot[];
  /** Seconds the plan is expected to take, follow-ups and thinking time included. */
  estimatedSeconds: number;
}

/** Time around each question: reading it, thinking (THINKING_SECONDS), and room for a follow-up. */
const FOLLOW_UP_ALLOWANCE_SECONDS = 60;
const INTRO_AND_WRAP_UP_SECONDS = 60;

/** A full loop opens with background, moves through concepts and design, and closes with behavioral. */
const MIXED_LOOP: readonly Round[] = [
  'background',
  'concepts',
  'design',
  'concepts',
  'behavioral',
  'design',
  'concepts',
  'behavioral',
];

const costOf = (question: Question) => question.targetSeconds + THINKING_SECONDS + FOLLOW_UP_ALLOWANCE_SECONDS;

/** A deterministic shuffle, so that a plan can be reproduced from its seed. */
function seededOrder<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function levelDistance(a: Level, b: Level) {
  return Math.abs(LEVELS.indexOf(a) - LEVELS.indexOf(b));
}

function roundsFor(round: InterviewRound): readonly Round[] {
  return round === 'mixed' ? MIXED_LOOP : [round];
}

function matchesRound(question: Question, round: Round) {
  // Behavioral-category questions asked as "background" (tell me about your experience) belong to both openers.
  return question.round === round;
}

/**
 * Picks questions for the settings: the candidate's level first (adjacent levels when it runs short), each chosen
 * category in turn, none answered recently unless nothing else fits, until the time budget is spent.
 */
export function planInterview(
  bank: readonly Question[],
  settings: InterviewSettings,
  options: { recentlyAnswered?: ReadonlySet<string>; seed?: number } = {},
): InterviewPlan {
  const recent = options.recentlyAnswered ?? new Set<string>();
  const inCategories = (q: Question) =>
    settings.categories.length === 0 ||
    settings.categories.includes(q.category) ||
    (q.category === 'behavioral' && settings.round === 'mixed');
  const ranked = seededOrder(bank.filter(inCategories), options.seed ?? 1).sort(
    (a, b) =>
      Number(recent.has(a.id)) - Number(recent.has(b.id)) ||
      levelDistance(a.level, settings.level) - levelDistance(b.level, settings.level),
  );
  const budget = Math.max(settings.minutes * 60 - INTRO_AND_WRAP_UP_SECONDS, 0);
  const rounds = roundsFor(settings.round);
  const chosen: Question[] = [];
  const categoryTurn = [...settings.categories];
  let spent = 0;
  for (let slot = 0; slot < 30; slot++) {
    const round = rounds[slot % rounds.length]!;
    const wantedCategory = categoryTurn.length ? categoryTurn[slot % categoryTurn.length] : undefined;
    const fits = (q: Question) =>
      !chosen.includes(q) && matchesRound(q, round) && levelDistance(q.level, settings.level) <= 1;
    const pick =
      ranked.find(
        (q) =>
          fits(q) &&
          (!wantedCategory || q.category === wantedCategory || round === 'behavioral' || round === 'background'),
      ) ?? ranked.find(fits);
    if (!pick) {
      if (rounds.length === 1) break;
      continue;
    }
    if (chosen.length > 0 && spent + costOf(pick) > budget) break;
    chosen.push(pick);
    spent += costOf(pick);
  }
  return {
    questions: chosen.map((q) => ({
      questionId: q.id,
      category: q.category,
      round: q.round,
      targetSeconds: q.targetSeconds,
    })),
    estimatedSeconds: spent + INTRO_AND_WRAP_UP_SECONDS,
  };
}

/** A plan of given questions in the given order (a kit's practice link): nothing drawn, nothing left out. */
export function planGiven(questions: readonly Question[]): InterviewPlan {
  return {
    questions: questions.map((q) => ({
      questionId: q.id,
      category: q.category,
      round: q.round,
      targetSeconds: q.targetSeconds,
    })),
    estimatedSeconds: questions.reduce((sum, q) => sum + costOf(q), 0) + INTRO_AND_WRAP_UP_SECONDS,
  };
}
