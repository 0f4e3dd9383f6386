// Resolves an evaluation item to a bank question: by its questionId when it has one, else by the same search as
// `rehearse questions --search`, with a confidence. When nothing in the bank fits, the item's own question and
// expected points stand in for it, so the answers can still be compared.
import type { Question } from '../questions/question.schema.ts';
import type { QuestionIndex } from '../questions/search.ts';
import type { EvalItem } from './eval-set.ts';

export interface Resolution {
  readonly question: Question;
  /** How the question was found: by id, by search, or built from the item when the bank has nothing close. */
  readonly method: 'questionId' | 'search' | 'fallback';
  /** 0–1: 1 for an id; for search, the share of the query matched, lowered when the runner-up is close. */
  readonly confidence: number;
  /** Best search hits, for the report. */
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly score: number }>;
}

export type ResolveQuestion = (item: EvalItem) => Resolution;

/** Below this confidence the search result is not trusted and the item's own points are used. */
export const MIN_CONFIDENCE = 0.3;

export function createSearchResolver(index: QuestionIndex, minConfidence = MIN_CONFIDENCE): ResolveQuestion {
  return (item) => {
    const byId = item.questionId ? index.get(item.questionId) : undefined;
    if (byId) return { question: byId, method: 'questionId', confidence: 1, candidates: [] };
    const hits = index.search(item.question, { limit: 3 });
    const candidates = hits.map((h) => ({ id: h.id, score: round2(h.score) }));
    const [top, second] = hits;
    const confidence = top ? searchConfidence(top.score, top.coverage, second?.score ?? 0) : 0;
    if (top && confidence >= minConfidence) return { question: top.question, method: 'search', confidence, candidates };
    return { question: questionFromItem(item), method: 'fallback', confidence, candidates };
  };
}

/** Coverage of the query by the best hit, discounted when the second hit scores almost as well. */
export function searchConfidence(topScore: number, topCoverage: number, secondScore: number): number {
  const margin = topScore > 0 ? 1 - secondScore / topScore : 0;
  return round2(topCoverage * (0.6 + 0.4 * Math.min(1, margin * 2)));
}

/** A stand-in question made of the item's own wording and expected points. */
export function questionFromItem(item: EvalItem): Question {
  const points = item.expected_points.length ? item.expected_points : [item.question];
  return {
    id: slugify(item.id),
    prompt: item.question,
    category: 'system-design',
    level: 'mid',
    round: 'concepts',
    tags: [],
    aliases: [],
    targetSeconds: 120,
    modelAnswer: points.join('. '),
    keyPoints: points.slice(0, 8).map((point, i) => ({
      id: `point-${i + 1}`,
      label: point.slice(0, 80),
      weight: 2,
      evidence: point
        .split(/[;,:()]|\band\b|\bor\b|\bversus\b/)
        .map((s) => s.trim())
        .filter((s) => s.length >= 3),
      probe: `Can you say more about this: ${point}?`,
    })),
    misconceptions: [],
    redFlags: [],
    greatAnswerAdds: [],
  };
}

function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'eval-item'
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
