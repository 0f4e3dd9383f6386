// Resolves an evaluation item to a bank question: by its questionId when it has one, else by the same search as
// `rehearse questions --search`, with a confidence. When nothing in the bank fits, the item's own question and
// expected points stand in for it, so the answers can still be compared.
import { CATEGORIES, LEVELS, type Category, type Level, type Question } from '../questions/question.schema.ts';
import type { QuestionIndex, SearchHit } from '../questions/search.ts';
import { bankEvidence } from './bank-evidence.ts';
import type { EvalItem } from './eval-set.ts';

export interface Resolution {
  readonly question: Question;
  /** How the question was found: by id, by search, or built from the item when the bank has nothing close. */
  readonly method: 'questionId' | 'search' | 'fallback';
  /** 0–1: 1 for an id; for search, the share of the query matched, lowered when the runner-up is close. */
  readonly confidence: number;
  /** Best search hits, for the report. */
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly score: number }>;
  /**
   * A question found by search, however close, may not be the one the item's author meant; the item's own question
   * and expected points are its author's rubric, and they count beside the bank question's in proportion to the
   * doubt (1 − confidence).
   */
  readonly ownRubric?: { readonly question: Question; readonly weight: number };
}

export type ResolveQuestion = (item: EvalItem) => Resolution;

/**
 * Below this confidence the search result is not trusted and the item's own points are used alone. Above it the
 * item's own points still count by the doubt (1 − confidence), so a weak match adds what the bank knows without
 * deciding the scores: 0.3 → 0.2 found one more intended question of 80 (tuning-b 0.934 → 0.938), and with each
 * item's own question removed from the bank it left the three tuning sets unchanged on the whole (2.617 → 2.610).
 */
export const MIN_CONFIDENCE = 0.2;

export function createSearchResolver(index: QuestionIndex, minConfidence = MIN_CONFIDENCE): ResolveQuestion {
  return (item) => {
    const byId = item.questionId ? index.get(item.questionId) : undefined;
    if (byId) return { question: byId, method: 'questionId', confidence: 1, candidates: [] };
    const ranked = rankCandidates(index, item);
    const candidates = ranked.slice(0, 3).map((c) => ({ id: c.hit.id, score: round2(c.score) }));
    const [top, second] = ranked;
    const confidence = top ? searchConfidence(top.score, top.hit.coverage, second?.score ?? 0) : 0;
    if (top && confidence >= minConfidence) {
      const ownRubric = item.expected_points.length
        ? { question: questionFromItem(item, bankEvidence(index)), weight: round2(1 - confidence) }
        : undefined;
      return {
        question: top.hit.question,
        method: 'search',
        confidence,
        candidates,
        ...(ownRubric ? { ownRubric } : {}),
      };
    }
    return { question: questionFromItem(item, bankEvidence(index)), method: 'fallback', confidence, candidates };
  };
}

interface Candidate {
  readonly hit: SearchHit;
  /** 0–1: the question search's relative score, blended with the expected points' when the item has them. */
  readonly score: number;
}

/**
 * An interviewer's wording alone can share incidental words with another question ("billing job" with a story
 * about a job); what a good answer must cover names the topic far more surely. So the question and the item's
 * expected points are searched separately and each question's relative scores are blended.
 */
function rankCandidates(index: QuestionIndex, item: EvalItem): Candidate[] {
  const byQuestion = relativeScores(index.search(item.question, { limit: 10 }));
  const points = item.expected_points.join('.\n');
  const byPoints = points
    ? relativeScores(index.search(`${item.question}.\n${points}`, { limit: 10 }))
    : new Map<string, RelativeHit>();
  const byAnswers = relativeScores(index.search(answersText(item), { limit: 10 }));
  const hits = new Map<string, SearchHit>();
  for (const entry of [...byQuestion.values(), ...byPoints.values()]) hits.set(entry.hit.id, entry.hit);
  const blended = [...hits.values()].map((hit) => {
    const question = byQuestion.get(hit.id)?.relative ?? 0;
    const withPoints = byPoints.get(hit.id);
    const base = byPoints.size
      ? QUESTION_SHARE * question + (1 - QUESTION_SHARE) * (withPoints?.relative ?? 0)
      : question;
    const score = (1 - ANSWERS_SHARE) * base + ANSWERS_SHARE * (byAnswers.get(hit.id)?.relative ?? 0);
    // Coverage is read from the fuller query when there is one: it says how much of the topic the question holds.
    return { hit: withPoints?.hit ?? hit, score: score * categoryPrior(item.category, hit.question.category) };
  });
  return blended.sort((a, b) => b.score - a.score || a.hit.id.localeCompare(b.hit.id));
}

/**
 * An item's category, when it names one of the bank's, is the interviewer's own word on what kind of question it
 * is: a story about two product managers is behavioral even if its words also suit a question on technical debt.
 * It weighs on the ranking without deciding it, as sets file some questions under a neighbouring category.
 */
function categoryPrior(itemCategory: string | undefined, questionCategory: string): number {
  const category = knownCategory(itemCategory);
  if (!category) return 1;
  return category === questionCategory ? 1 : OTHER_CATEGORY_FACTOR;
}

const OTHER_CATEGORY_FACTOR = 0.8;

/**
 * The item's answers are what candidates made of the question: most of them answer it, so their words say which
 * question was asked when its wording sits between two ("something you owned was too slow and you made it better":
 * a strength, or a speed-up story?). They count a fifth: the intended question was found for 32 of 32 in tuning-b
 * (was 31), 22 of 24 in tuning-d (21), 16 of 16 in tuning-e (14); tuning-d 0.933 → 0.935, the rest unchanged.
 */
const ANSWERS_SHARE = 0.2;
/** Enough of the answers to name their topic; the search reads every word it is given. */
const ANSWERS_SEARCH_CHARS = 4000;

function answersText(item: EvalItem): string {
  return item.answers
    .map((a) => a.text)
    .join('\n')
    .slice(0, ANSWERS_SEARCH_CHARS);
}

/** How much the interviewer's wording counts against the expected points when both are there. */
const QUESTION_SHARE = 0.4;

interface RelativeHit {
  readonly hit: SearchHit;
  /** The hit's score over the best hit's. */
  readonly relative: number;
}

function relativeScores(hits: readonly SearchHit[]): Map<string, RelativeHit> {
  const top = hits[0]?.score ?? 0;
  return new Map(hits.map((hit) => [hit.id, { hit, relative: top > 0 ? hit.score / top : 0 }]));
}

/** Coverage of the query by the best hit, discounted when the second hit scores almost as well. */
export function searchConfidence(topScore: number, topCoverage: number, secondScore: number): number {
  const margin = topScore > 0 ? 1 - secondScore / topScore : 0;
  return round2(Math.min(1, topCoverage * 1.4) * (0.6 + 0.4 * Math.min(1, margin * 2)));
}

/**
 * A stand-in question made of the item's own wording and expected points. With the bank's key points at hand,
 * each expected point also takes the evidence phrases of the bank key point that states the same idea, so an
 * expert who says it in plain words is heard as the bank would hear them.
 */
export function questionFromItem(item: EvalItem, evidenceFor?: (point: string) => readonly string[]): Question {
  const points = item.expected_points.length ? item.expected_points : [item.question];
  const category = knownCategory(item.category) ?? 'system-design';
  return {
    id: slugify(item.id),
    prompt: item.question,
    category,
    level: knownLevel(item.level) ?? 'mid',
    // A behavioral item is judged as a story (ownership, actions, outcome, reflection), as bank stories are.
    round: category === 'behavioral' ? 'behavioral' : 'concepts',
    tags: [],
    aliases: [],
    targetSeconds: 120,
    modelAnswer: points.join('. '),
    keyPoints: points.slice(0, 8).map((point, i) => ({
      id: `point-${i + 1}`,
      label: point.slice(0, 80),
      weight: 2,
      evidence: [
        ...point
          .split(/[;,:()]|\band\b|\bor\b|\bversus\b/)
          .map((s) => s.trim())
          .filter((s) => s.length >= 3),
        ...(evidenceFor?.(point) ?? []),
      ],
      probe: `Can you say more about this: ${point}?`,
    })),
    misconceptions: [],
    redFlags: [],
    greatAnswerAdds: [],
  };
}

function knownCategory(category: string | undefined): Category | undefined {
  return (CATEGORIES as readonly string[]).includes(category ?? '') ? (category as Category) : undefined;
}

function knownLevel(level: string | undefined): Level | undefined {
  return (LEVELS as readonly string[]).includes(level ?? '') ? (level as Level) : undefined;
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
