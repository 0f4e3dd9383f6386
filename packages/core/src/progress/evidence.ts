// The evidence behind "weakest areas": the key points most often missed across answers, per category, and the
// misconceptions that come back. Counted on the answers as first given (a follow-up's prompt does not count).
import type { Category } from '../questions/question.schema.ts';
import type { MissedPoint, ProgressAnswer, RecurringMisconception } from './types.ts';
import { compare } from './labels.ts';

type QuestionRef = { id: string; prompt: string };

/** Adds a question to a list once, keeping the order of first appearance. */
function addQuestion(list: QuestionRef[], answer: ProgressAnswer) {
  if (!list.some((q) => q.id === answer.questionId)) list.push({ id: answer.questionId, prompt: answer.prompt });
}

/** Answers must come newest first, so each list of questions starts with the most recent. */
export function missedPoints(newestFirst: readonly ProgressAnswer[]): MissedPoint[] {
  const byPoint = new Map<
    string,
    { label: string; category: Category; missed: number; asked: number; questions: QuestionRef[] }
  >();
  for (const answer of newestFirst) {
    // A question naming the same point twice would count it twice; one answer is one occasion.
    const seen = new Set<string>();
    for (const point of answer.keyPoints) {
      const key = `${answer.category}\u0000${point.label.trim().toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byPoint.get(key) ?? {
        label: point.label,
        category: answer.category,
        missed: 0,
        asked: 0,
        questions: [],
      };
      entry.asked += 1;
      if (!point.covered) {
        entry.missed += 1;
        addQuestion(entry.questions, answer);
      }
      byPoint.set(key, entry);
    }
  }
  return [...byPoint.values()]
    .filter((entry) => entry.missed > 0)
    .sort((a, b) => b.missed - a.missed || b.missed / b.asked - a.missed / a.asked || compare(a.label, b.label));
}

/** Misconceptions found in two answers or more, the most frequent first. */
export function recurringMisconceptions(newestFirst: readonly ProgressAnswer[]): RecurringMisconception[] {
  const byId = new Map<
    string,
    { id: string; claim: string; correction: string; times: number; questions: QuestionRef[] }
  >();
  for (const answer of newestFirst)
    for (const found of answer.misconceptions) {
      const entry = byId.get(found.id) ?? {
        id: found.id,
        claim: found.claim,
        correction: found.correction,
        times: 0,
        questions: [],
      };
      entry.times += 1;
      addQuestion(entry.questions, answer);
      byId.set(found.id, entry);
    }
  return [...byId.values()]
    .filter((entry) => entry.times >= 2)
    .sort((a, b) => b.times - a.times || compare(a.id, b.id));
}
