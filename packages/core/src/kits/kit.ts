// An interview kit: the questions a hiring team asks for one role and level, each with what a good answer shows,
// its red flags and an anchored rating scale. The scale is written from the question's own key points, so that
// the interviewer scores against the very points a candidate practises against.
import type { Category, Level, Question } from '../questions/question.schema.ts';

export const KIT_RATINGS = [1, 2, 3, 4] as const;
export type KitRating = (typeof KIT_RATINGS)[number];

/** A question of the kit: one of the bank's, by id, or the kit's own, written for this kit. */
export type KitQuestionSource =
  | { kind: 'bank'; questionId: string }
  | {
      kind: 'own';
      /** Stable within the kit: scorecards name the question by it. */
      key: string;
      competency: Category;
      prompt: string;
      sampleAnswer: string;
      keyPoints: readonly string[];
      redFlags: readonly string[];
      greatAnswerAdds: readonly string[];
      targetSeconds: number;
    };

export interface Kit {
  role: string;
  level: Level;
  competencies: readonly Category[];
  questions: readonly KitQuestionSource[];
  /** Minutes for introductions, the candidate's own questions and wrap-up, on top of the questions' times. */
  discussionMinutes: number;
}

export interface KitKeyPoint {
  id: string;
  label: string;
  /** 1 (nice to have) to 3 (essential); the kit's own points are all 2. */
  weight: number;
}

export interface ScaleLevel {
  rating: KitRating;
  label: string;
  description: string;
}

/** A kit question with everything an interviewer reads: what a good answer shows, red flags, the scale. */
export interface KitQuestion {
  /** The bank question's id, or the own question's key. */
  key: string;
  source: 'bank' | 'own';
  competency: Category;
  prompt: string;
  sampleAnswer: string;
  keyPoints: KitKeyPoint[];
  redFlags: string[];
  greatAnswerAdds: string[];
  targetSeconds: number;
  scale: ScaleLevel[];
}

/** Items inside a sentence: their own closing stops dropped, so that the sentence ends once. */
const list = (items: readonly string[]) => {
  const bare = items.map((item) => item.trim().replace(/[.;]+$/, ''));
  return bare.length <= 1 ? (bare[0] ?? '') : `${bare.slice(0, -1).join('; ')} and ${bare.at(-1)!}`;
};

/** How many ticked key points "some" and "most" mean for a question with `total` points. */
export function thresholds(total: number) {
  return { some: Math.max(1, Math.ceil(total / 3)), most: Math.max(1, Math.ceil((2 * total) / 3)) };
}

/** The anchored 1–4 scale, each level described in words from the question's key points and red flags. */
export function anchoredScale(
  keyPoints: readonly KitKeyPoint[],
  redFlags: readonly string[],
  greatAnswerAdds: readonly string[],
): ScaleLevel[] {
  const labels = keyPoints.map((p) => p.label);
  const essential = keyPoints.filter((p) => p.weight === 3).map((p) => p.label);
  const core = essential.length ? essential : labels;
  const { some, most } = thresholds(labels.length);
  const flags = redFlags.length ? ` or raises a red flag (${list(redFlags)})` : '';
  return [
    {
      rating: 1,
      label: 'Misses the core',
      description: `Misses the core points (${list(core)})${flags}.`,
    },
    {
      rating: 2,
      label: 'Some key points',
      description: `Makes some of the key points (${some} of ${labels.length}, such as ${list(labels.slice(0, 2))}) but misses most of ${list(core)}.`,
    },
    {
      rating: 3,
      label: 'Most key points',
      description: `Makes most of the key points (at least ${most} of ${labels.length}), including ${list(core)}, with no red flag.`,
    },
    {
      rating: 4,
      label: 'All, and more',
      description: `Makes every key point (${list(labels)})${
        greatAnswerAdds.length
          ? `, and adds what a great answer does: ${list(greatAnswerAdds)}`
          : ', with depth and examples of their own'
      }.`,
    },
  ];
}

/** Key points of the kit's own question: ids by position, so that ticks survive rewording. */
export const ownKeyPoints = (labels: readonly string[]): KitKeyPoint[] =>
  labels.map((label, i) => ({ id: `p${i + 1}`, label, weight: 2 }));

/** The kit's questions as an interviewer reads them; a bank question no longer visible is left out. */
export function resolveKit(kit: Kit, bank: (id: string) => Question | undefined): KitQuestion[] {
  return kit.questions.flatMap((source): KitQuestion[] => {
    if (source.kind === 'own') {
      const keyPoints = ownKeyPoints(source.keyPoints);
      return [
        {
          key: source.key,
          source: 'own',
          competency: source.competency,
          prompt: source.prompt,
          sampleAnswer: source.sampleAnswer,
          keyPoints,
          redFlags: [...source.redFlags],
          greatAnswerAdds: [...source.greatAnswerAdds],
          targetSeconds: source.targetSeconds,
          scale: anchoredScale(keyPoints, source.redFlags, source.greatAnswerAdds),
        },
      ];
    }
    const question = bank(source.questionId);
    if (!question) return [];
    const keyPoints = question.keyPoints.map(({ id, label, weight }) => ({ id, label, weight }));
    // A misconception is a red flag too: a candidate stating it is wrong on the core.
    const redFlags = [...question.redFlags, ...question.misconceptions.map((m) => m.claim)];
    return [
      {
        key: question.id,
        source: 'bank',
        competency: question.category,
        prompt: question.prompt,
        sampleAnswer: question.modelAnswer,
        keyPoints,
        redFlags,
        greatAnswerAdds: [...question.greatAnswerAdds],
        targetSeconds: question.targetSeconds,
        scale: anchoredScale(keyPoints, redFlags, question.greatAnswerAdds),
      },
    ];
  });
}

export interface KitPlanItem {
  title: string;
  startsAtSeconds: number;
  seconds: number;
}

export interface KitPlan {
  items: KitPlanItem[];
  questionSeconds: number;
  discussionSeconds: number;
  totalSeconds: number;
}

/** The interview's running order: each question at its target time, then the discussion. */
export function planKit(
  questions: readonly Pick<KitQuestion, 'prompt' | 'targetSeconds'>[],
  discussionMinutes: number,
) {
  let at = 0;
  const items: KitPlanItem[] = questions.map((q) => {
    const item = { title: q.prompt, startsAtSeconds: at, seconds: q.targetSeconds };
    at += q.targetSeconds;
    return item;
  });
  const discussionSeconds = discussionMinutes * 60;
  if (discussionSeconds > 0)
    items.push({ title: 'Discussion and the candidate’s questions', startsAtSeconds: at, seconds: discussionSeconds });
  return { items, questionSeconds: at, discussionSeconds, totalSeconds: at + discussionSeconds } satisfies KitPlan;
}

/** Bank questions worth suggesting for a kit: in its competencies, nearest its level first. */
export function suggestForKit(
  bank: readonly Question[],
  wanted: { level: Level; competencies: readonly Category[]; exclude?: readonly string[] },
  limit = 20,
): Question[] {
  const order = ['junior', 'mid', 'senior'];
  const distance = (q: Question) => Math.abs(order.indexOf(q.level) - order.indexOf(wanted.level));
  const excluded = new Set(wanted.exclude ?? []);
  return bank
    .filter((q) => !excluded.has(q.id))
    .filter((q) => wanted.competencies.length === 0 || wanted.competencies.includes(q.category))
    .filter((q) => distance(q) <= 1)
    .sort(
      (a, b) =>
        distance(a) - distance(b) ||
        wanted.competencies.indexOf(a.category) - wanted.competencies.indexOf(b.category) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}
