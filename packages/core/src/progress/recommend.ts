// What to practise next, each with its reason in numbers and one action that starts it.
import { CATEGORIES, type Category, type Level, type Round } from '../questions/question.schema.ts';
import { capitalized, CATEGORY_LABELS, plural, withArticle } from './labels.ts';
import type {
  MissedPoint,
  PracticeAction,
  ProgressAnswer,
  ProgressAttempt,
  Recommendation,
  RecurringMisconception,
  WeakArea,
} from './types.ts';

const MAX_RECOMMENDATIONS = 4;
/** A coding or review score under this is worth another attempt. */
const RETRY_BELOW = 70;

type InterviewRound = Extract<PracticeAction, { kind: 'interview' }>['settings']['round'];
const INTERVIEW_ROUND: Partial<Record<Round, InterviewRound>> = {
  background: 'background',
  concepts: 'concepts',
  design: 'design',
  behavioral: 'behavioral',
};

function mostCommon<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

function interviewOn(category: Category, answers: readonly ProgressAnswer[], level: Level): PracticeAction {
  const inCategory = answers.filter((a) => a.category === category);
  const round = mostCommon(
    inCategory.flatMap((a) => INTERVIEW_ROUND[a.round] ?? []),
    category === 'behavioral' ? 'behavioral' : 'concepts',
  );
  return { kind: 'interview', settings: { round, level, categories: [category], minutes: 15 } };
}

const quote = (text: string) => `“${text}”`;

export function recommend(input: {
  answers: readonly ProgressAnswer[];
  attempts: readonly ProgressAttempt[];
  weakAreas: readonly WeakArea[];
  missedPoints: readonly MissedPoint[];
  misconceptions: readonly RecurringMisconception[];
  average: number | null;
}): Recommendation[] {
  const { answers, attempts } = input;
  const level = mostCommon(
    answers.map((a) => a.level),
    'mid',
  );
  if (answers.length === 0 && attempts.length === 0)
    return [
      {
        id: 'first-interview',
        title: 'Your first mock interview',
        reason: 'Nothing practised yet: a 20-minute mixed interview gives a first reading of every area.',
        action: { kind: 'interview', settings: { round: 'mixed', level, categories: [], minutes: 20 } },
      },
    ];

  const out: Recommendation[] = [];
  const point = input.missedPoints.find((p) => p.missed >= 2) ?? input.missedPoints[0];
  if (point) {
    const questions = point.questions.slice(0, 2);
    const these = questions.length === 1 ? 'this question' : `these ${questions.length} questions`;
    out.push({
      id: `missed:${point.category}:${point.label.toLowerCase()}`,
      title: `Make the point ${quote(point.label)}`,
      reason: `You missed ${quote(point.label)} in ${point.missed} of ${plural(point.asked, `${CATEGORY_LABELS[point.category]} answer`)}: practise ${these}.`,
      action: { kind: 'questions', questions },
    });
  }
  const weakest = input.weakAreas[0];
  if (weakest) {
    const against = input.average !== null ? `, against ${input.average} across all your answers` : '';
    out.push({
      id: `weakest:${weakest.category}`,
      title: `A mock interview on ${CATEGORY_LABELS[weakest.category]}`,
      reason: `${capitalized(CATEGORY_LABELS[weakest.category])} is your lowest-scoring area: ${weakest.average} on average over your last ${plural(weakest.answers, 'answer')}${against}.`,
      action: interviewOn(weakest.category, answers, level),
    });
  }
  const misconception = input.misconceptions[0];
  if (misconception)
    out.push({
      id: `misconception:${misconception.id}`,
      title: `Unlearn: ${quote(misconception.claim)}`,
      reason: `This came up in ${plural(misconception.times, 'answer')}. ${misconception.correction}`,
      action: { kind: 'questions', questions: misconception.questions.slice(0, 2) },
    });
  for (const kind of ['coding', 'review'] as const) {
    // The latest attempt at each item says where it stands; the lowest of those is worth another go.
    const latest = new Map<string, ProgressAttempt>();
    for (const attempt of attempts) {
      if (attempt.kind !== kind) continue;
      const known = latest.get(attempt.itemId);
      if (!known || known.at < attempt.at) latest.set(attempt.itemId, attempt);
    }
    const lowest = [...latest.values()].sort((a, b) => a.overall - b.overall)[0];
    if (lowest && lowest.overall < RETRY_BELOW)
      out.push({
        id: `${kind}:${lowest.itemId}`,
        title: `Try ${quote(lowest.title)} again`,
        reason: `Your last ${kind === 'coding' ? 'submission' : 'review'} scored ${lowest.overall}.`,
        action:
          kind === 'coding'
            ? { kind, problemId: lowest.itemId, title: lowest.title }
            : { kind, exerciseId: lowest.itemId, title: lowest.title },
      });
  }
  const practised = new Set(answers.map((a) => a.category));
  const untried = CATEGORIES.find((category) => !practised.has(category));
  if (untried && out.length < MAX_RECOMMENDATIONS)
    out.push({
      id: `untried:${untried}`,
      title: `Start on ${CATEGORY_LABELS[untried]}`,
      reason: `You have not answered ${withArticle(CATEGORY_LABELS[untried])} question yet.`,
      action: interviewOn(untried, answers, level),
    });
  return out.slice(0, MAX_RECOMMENDATIONS);
}
