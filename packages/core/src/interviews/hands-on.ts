// The hands-on rounds of a full loop: after the conversation, a coding problem and a pull request to review, at
// the candidate's level. They take their minutes from the loop's time, so a full loop long enough to hold them
// plans fewer spoken questions.
import type { Level } from '../questions/question.schema.ts';
import { LEVELS } from '../questions/taxonomy.ts';

export type HandsOnKind = 'coding' | 'review';

export interface HandsOnSlot {
  readonly kind: HandsOnKind;
  /** The problem's id for coding, the exercise's for review. */
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
}

export interface HandsOnCatalog {
  readonly problems: ReadonlyArray<{ readonly id: string; readonly title: string; readonly level: Level }>;
  readonly exercises: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly level: Level;
    readonly minutes: number;
  }>;
}

/** A full loop this long or longer holds the hands-on rounds; a shorter one stays a conversation. */
export const HANDS_ON_MIN_MINUTES = 60;
export const CODING_SLOT_MINUTES = 25;
const MAX_REVIEW_MINUTES = 20;

/** What of an interview's settings decides its hands-on rounds (kept apart from plan.ts, which uses the slots). */
export interface HandsOnSettings {
  readonly round: string;
  readonly level: Level;
  readonly minutes: number;
}

export function planHandsOn(settings: HandsOnSettings, catalog: HandsOnCatalog, seed: number): HandsOnSlot[] {
  if (settings.round !== 'mixed' || settings.minutes < HANDS_ON_MIN_MINUTES) return [];
  const slots: HandsOnSlot[] = [];
  const problem = pickByLevel(catalog.problems, settings.level, seed);
  if (problem) slots.push({ kind: 'coding', id: problem.id, title: problem.title, minutes: CODING_SLOT_MINUTES });
  const exercise = pickByLevel(catalog.exercises, settings.level, seed);
  if (exercise)
    slots.push({
      kind: 'review',
      id: exercise.id,
      title: exercise.title,
      minutes: Math.min(MAX_REVIEW_MINUTES, exercise.minutes),
    });
  return slots;
}

/** The minutes the conversation keeps once the hands-on rounds have theirs. */
export function talkMinutes(settings: HandsOnSettings, slots: readonly HandsOnSlot[]): number {
  return settings.minutes - slots.reduce((sum, slot) => sum + slot.minutes, 0);
}

/** One of the items at the level (the nearest level when none is), the same one for the same seed. */
function pickByLevel<T extends { readonly id: string; readonly level: Level }>(
  items: readonly T[],
  level: Level,
  seed: number,
): T | undefined {
  if (!items.length) return undefined;
  const distance = (item: T) => Math.abs(LEVELS.indexOf(item.level) - LEVELS.indexOf(level));
  const nearest = Math.min(...items.map(distance));
  const candidates = items.filter((item) => distance(item) === nearest).sort((a, b) => a.id.localeCompare(b.id));
  return candidates[Math.abs(Math.trunc(seed)) % candidates.length];
}
