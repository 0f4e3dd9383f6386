// The self-study checklist: every question with where the candidate stands on it, and progress per category.
// Where they stand comes from what they did: answers given in practice and flash-card reviews. A question is
// "confident" once its card has graduated to review days apart; recall a week ahead is what a candidate
// preparing over a few weeks can count on in the interview.
import type { Category, Level, Question, Round } from '../questions/question.schema.ts';
import { CATEGORIES } from '../questions/taxonomy.ts';
import type { StudyCard } from './card.ts';

export const CHECKLIST_STATES = ['not-started', 'practised', 'confident'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** The interval (days) at which a card counts as known with confidence. */
export const CONFIDENT_INTERVAL_DAYS = 7;

/** What the candidate's answers to one question add up to. */
export interface PracticeRecord {
  readonly answers: number;
  readonly lastAnsweredAt: string;
}

export type ChecklistQuestion = Pick<Question, 'id' | 'prompt' | 'category' | 'level' | 'round'>;

export interface ChecklistItem {
  readonly questionId: string;
  readonly prompt: string;
  readonly category: Category;
  readonly level: Level;
  readonly round: Round;
  readonly state: ChecklistState;
  readonly answers: number;
  readonly lastAnsweredAt: string | null;
  readonly card: Pick<StudyCard, 'state' | 'due' | 'reps' | 'lapses' | 'scheduledDays'> | null;
}

export interface ChecklistCategory {
  readonly category: Category;
  readonly total: number;
  readonly notStarted: number;
  readonly practised: number;
  readonly confident: number;
}

export interface ChecklistFilter {
  readonly category?: Category | undefined;
  readonly level?: Level | undefined;
  readonly round?: Round | undefined;
  readonly state?: ChecklistState | undefined;
}

export interface Checklist {
  readonly categories: readonly ChecklistCategory[];
  readonly items: readonly ChecklistItem[];
}

export function checklistState(card: StudyCard | undefined, practice: PracticeRecord | undefined): ChecklistState {
  if (card?.state === 'review' && card.scheduledDays >= CONFIDENT_INTERVAL_DAYS) return 'confident';
  if ((card && card.reps > 0) || (practice && practice.answers > 0)) return 'practised';
  return 'not-started';
}

/**
 * The checklist of `questions` (in their order) narrowed by the filter. The progress per category counts the
 * questions that the level and round filters leave, whatever the state filter, so a bar always shows the whole;
 * categories come in the taxonomy's order.
 */
export function buildChecklist(
  questions: readonly ChecklistQuestion[],
  cards: ReadonlyMap<string, StudyCard>,
  practice: ReadonlyMap<string, PracticeRecord>,
  filter: ChecklistFilter = {},
): Checklist {
  const progress = new Map<Category, { total: number; notStarted: number; practised: number; confident: number }>();
  const items: ChecklistItem[] = [];
  for (const question of questions) {
    if (filter.category && question.category !== filter.category) continue;
    if (filter.level && question.level !== filter.level) continue;
    if (filter.round && question.round !== filter.round) continue;
    const card = cards.get(question.id);
    const record = practice.get(question.id);
    const state = checklistState(card, record);
    const tally = progress.get(question.category) ?? { total: 0, notStarted: 0, practised: 0, confident: 0 };
    tally.total += 1;
    tally[state === 'not-started' ? 'notStarted' : state] += 1;
    progress.set(question.category, tally);
    if (filter.state && state !== filter.state) continue;
    items.push({
      questionId: question.id,
      prompt: question.prompt,
      category: question.category,
      level: question.level,
      round: question.round,
      state,
      answers: record?.answers ?? 0,
      lastAnsweredAt: record?.lastAnsweredAt ?? null,
      card: card
        ? {
            state: card.state,
            due: card.due,
            reps: card.reps,
            lapses: card.lapses,
            scheduledDays: card.scheduledDays,
          }
        : null,
    });
  }
  return {
    categories: CATEGORIES.flatMap((category) => {
      const tally = progress.get(category);
      return tally ? [{ category, ...tally }] : [];
    }),
    items,
  };
}
