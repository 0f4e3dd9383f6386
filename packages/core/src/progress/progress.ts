// Progress over time from a candidate's answers and attempts: scores per day, category and dimension; volume and
// streak in their time zone; the weakest areas with their evidence; and what to practise next.
import { addDays, dayIn, streakOf, weekOf } from './calendar.ts';
import { missedPoints, recurringMisconceptions } from './evidence.ts';
import { capitalized, CATEGORY_LABELS, plural } from './labels.ts';
import { recommend } from './recommend.ts';
import type {
  AttemptProgress,
  CategoryTrend,
  DayScores,
  Progress,
  ProgressAnswer,
  ProgressAttempt,
  ProgressOptions,
  WeakArea,
} from './types.ts';
import { compare } from './labels.ts';

/** A category's standing is its last answers': old ones say where the candidate was. */
const RECENT = 10;
const TREND = 5;
/** An area under this mean is weak whatever the others score. */
const WEAK_BELOW = 70;
const MAX_WEAK_AREAS = 3;

const mean = (values: readonly number[]) =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function byDay(answers: readonly ProgressAnswer[], day: (at: string) => string): DayScores[] {
  return [...groupBy(answers, (a) => day(a.at)).entries()]
    .map(([date, group]) => ({
      date,
      answers: group.length,
      overall: mean(group.map((a) => a.scores.overall)),
      content: mean(group.map((a) => a.scores.content)),
      structure: mean(group.map((a) => a.scores.structure)),
      delivery: mean(group.flatMap((a) => (a.scores.delivery === null ? [] : [a.scores.delivery]))),
    }))
    .sort((a, b) => compare(a.date, b.date));
}

function categoryProgress(oldestFirst: readonly ProgressAnswer[], day: (at: string) => string): CategoryTrend[] {
  return [...groupBy(oldestFirst, (a) => a.category).entries()]
    .map(([category, group]) => {
      const scores = group.map((a) => a.scores.overall);
      return {
        category,
        answers: group.length,
        average: mean(scores)!,
        recent: mean(scores.slice(-TREND))!,
        change: scores.length > TREND ? mean(scores.slice(-TREND))! - mean(scores.slice(0, TREND))! : null,
        series: [...groupBy(group, (a) => day(a.at)).entries()].map(([date, onDay]) => ({
          date,
          overall: mean(onDay.map((a) => a.scores.overall))!,
          answers: onDay.length,
        })),
      };
    })
    .sort((a, b) => compare(a.category, b.category));
}

function attemptProgress(attempts: readonly ProgressAttempt[], day: (at: string) => string): AttemptProgress {
  return {
    attempts: attempts.length,
    average: mean(attempts.map((a) => a.overall)),
    series: [...groupBy(attempts, (a) => day(a.at)).entries()]
      .map(([date, onDay]) => ({ date, overall: mean(onDay.map((a) => a.overall))!, attempts: onDay.length }))
      .sort((a, b) => compare(a.date, b.date)),
  };
}

function weakAreas(
  newestFirst: readonly ProgressAnswer[],
  missed: ReturnType<typeof missedPoints>,
  overall: number | null,
): WeakArea[] {
  const standings = [...groupBy(newestFirst, (a) => a.category).entries()]
    .map(([category, group]) => {
      const recent = group.slice(0, RECENT);
      return { category, average: mean(recent.map((a) => a.scores.overall))!, answers: recent.length };
    })
    .filter((s) => s.answers >= 2)
    .sort((a, b) => a.average - b.average);
  return standings
    .filter((s) => s.average < WEAK_BELOW || (standings.length >= 2 && overall !== null && s.average < overall))
    .slice(0, MAX_WEAK_AREAS)
    .map(({ category, average, answers }) => {
      const points = missed.filter((p) => p.category === category).slice(0, 3);
      const top = points[0];
      const label = CATEGORY_LABELS[category];
      return {
        category,
        average,
        answers,
        missedPoints: points,
        summary:
          `${capitalized(label)}: ${average} on average over your last ${plural(answers, 'answer')}` +
          (top ? `; you missed “${top.label}” in ${top.missed} of ${top.asked}.` : '.'),
      };
    });
}

/** Everything the progress page shows, from answers and attempts in any order. */
export function summarizeProgress(
  answers: readonly ProgressAnswer[],
  attempts: readonly ProgressAttempt[],
  options: ProgressOptions,
): Progress {
  const day = dayIn(options.timeZone);
  const today = day(options.now);
  const oldestFirst = [...answers].sort((a, b) => compare(a.at, b.at));
  const newestFirst = [...oldestFirst].reverse();
  const answerDays = oldestFirst.map((a) => day(a.at));
  const attemptDays = attempts.map((a) => day(a.at));
  const practised = new Set([...answerDays, ...attemptDays]);

  const count = (days: readonly string[], keyOf: (date: string) => string) => {
    const counts = new Map<string, number>();
    for (const date of days) counts.set(keyOf(date), (counts.get(keyOf(date)) ?? 0) + 1);
    return counts;
  };
  const same = (date: string) => date;
  const answersByDay = count(answerDays, same);
  const attemptsByDay = count(attemptDays, same);
  const answersByWeek = count(answerDays, weekOf);
  const attemptsByWeek = count(attemptDays, weekOf);
  const volumeDays = options.volumeDays ?? 28;
  const volumeWeeks = options.volumeWeeks ?? 12;
  const thisWeek = weekOf(today);

  const average = mean(answers.map((a) => a.scores.overall));
  const missed = missedPoints(newestFirst);
  const misconceptions = recurringMisconceptions(newestFirst);
  const weak = weakAreas(newestFirst, missed, average);
  return {
    timeZone: options.timeZone,
    today,
    totals: {
      answers: answers.length,
      coding: attempts.filter((a) => a.kind === 'coding').length,
      reviews: attempts.filter((a) => a.kind === 'review').length,
      daysPractised: practised.size,
      average,
    },
    streak: streakOf(practised, today),
    volume: {
      days: Array.from({ length: volumeDays }, (_, i) => {
        const date = addDays(today, i - volumeDays + 1);
        return { date, answers: answersByDay.get(date) ?? 0, attempts: attemptsByDay.get(date) ?? 0 };
      }),
      weeks: Array.from({ length: volumeWeeks }, (_, i) => {
        const week = addDays(thisWeek, 7 * (i - volumeWeeks + 1));
        return { week, answers: answersByWeek.get(week) ?? 0, attempts: attemptsByWeek.get(week) ?? 0 };
      }),
    },
    byDay: byDay(oldestFirst, day),
    categories: categoryProgress(oldestFirst, day),
    coding: attemptProgress(
      attempts.filter((a) => a.kind === 'coding'),
      day,
    ),
    review: attemptProgress(
      attempts.filter((a) => a.kind === 'review'),
      day,
    ),
    weakAreas: weak,
    missedPoints: missed.slice(0, 8),
    misconceptions: misconceptions.slice(0, 5),
    recommendations: recommend({
      answers: newestFirst,
      attempts,
      weakAreas: weak,
      missedPoints: missed,
      misconceptions,
      average,
    }),
  };
}
