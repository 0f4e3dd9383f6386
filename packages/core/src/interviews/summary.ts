// The end-of-interview summary: per question what was covered across the answer and its follow-ups, and overall.
import type { AnswerAnalysis } from '../analysis/types.ts';
import type { Category } from '../questions/question.schema.ts';
import { promptWords } from '../questions/prompt-text.ts';

export interface AnsweredTurn {
  questionId: string;
  /** The question as the bank asks it (not a follow-up's probe). */
  prompt: string;
  category: Category;
  kind: 'question' | 'follow-up';
  analysis: AnswerAnalysis | null;
}

export interface QuestionSummary {
  questionId: string;
  prompt: string;
  category: Category;
  overall: number | null;
  coveredKeyPoints: string[];
  missedKeyPoints: { id: string; label: string; probe: string }[];
  /** Key points the candidate only made after a follow-up: worth practising to say unprompted. */
  recoveredInFollowUp: string[];
}

export interface InterviewSummary {
  overall: number | null;
  byDimension: { content: number | null; structure: number | null; delivery: number | null };
  questions: QuestionSummary[];
  weakestCategory: Category | null;
  strongestCategory: Category | null;
  nextSteps: string[];
}

const mean = (values: readonly number[]) =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

/** A prompt short enough to name a question inside a sentence: its first words, without its code. */
function shorten(prompt: string, words = 8): string {
  const lead = promptWords(prompt);
  const parts = lead.split(/\s+/);
  return parts.length <= words ? lead : `${parts.slice(0, words).join(' ')}…`;
}

function summarizeQuestion(turns: readonly AnsweredTurn[]): QuestionSummary {
  const main = turns.find((turn) => turn.kind === 'question');
  const first = main?.analysis;
  const covered = new Set<string>();
  const coveredFirst = new Set(first?.keyPoints.filter((p) => p.covered).map((p) => p.id) ?? []);
  for (const turn of turns)
    for (const point of turn.analysis?.keyPoints ?? []) if (point.covered) covered.add(point.id);
  const points = first?.keyPoints ?? turns.find((t) => t.analysis)?.analysis?.keyPoints ?? [];
  return {
    questionId: turns[0]!.questionId,
    prompt: turns[0]!.prompt,
    category: turns[0]!.category,
    overall: first?.scores.overall ?? null,
    coveredKeyPoints: [...covered],
    missedKeyPoints: points.filter((p) => !covered.has(p.id)).map(({ id, label, probe }) => ({ id, label, probe })),
    recoveredInFollowUp: [...covered].filter((id) => !coveredFirst.has(id)),
  };
}

export function summarizeInterview(turns: readonly AnsweredTurn[]): InterviewSummary {
  const byQuestion = new Map<string, AnsweredTurn[]>();
  for (const turn of turns) byQuestion.set(turn.questionId, [...(byQuestion.get(turn.questionId) ?? []), turn]);
  const questions = [...byQuestion.values()].map(summarizeQuestion);
  const mains = turns.filter((t) => t.kind === 'question' && t.analysis).map((t) => t.analysis!);
  const byCategory = new Map<Category, number[]>();
  for (const q of questions)
    if (q.overall !== null) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q.overall]);
  const categoryMeans = [...byCategory.entries()]
    .map(([category, scores]) => ({ category, score: mean(scores)! }))
    .sort((a, b) => a.score - b.score);
  // One category, or all alike, has no weakest and strongest: naming one as both would contradict itself.
  const spread = categoryMeans.length >= 2 && categoryMeans[0]!.score < categoryMeans.at(-1)!.score;
  const weakest = spread ? (categoryMeans[0]?.category ?? null) : null;
  const strongest = spread ? (categoryMeans.at(-1)?.category ?? null) : null;
  const nextSteps = [
    ...(weakest ? [`Practise more ${weakest} questions: it was your lowest-scoring area.`] : []),
    ...questions.flatMap((q) =>
      q.missedKeyPoints.slice(0, 1).map((p) => `After "${shorten(q.prompt)}", be ready for: "${p.probe}"`),
    ),
  ].slice(0, 5);
  return {
    overall: mean(mains.map((a) => a.scores.overall)),
    byDimension: {
      content: mean(mains.map((a) => a.scores.content)),
      structure: mean(mains.map((a) => a.scores.structure)),
      delivery: mean(mains.flatMap((a) => (a.scores.delivery === null ? [] : [a.scores.delivery]))),
    },
    questions,
    weakestCategory: weakest,
    strongestCategory: strongest,
    nextSteps,
  };
}
