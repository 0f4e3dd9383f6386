// Words for study mode's numbers: how long until a card comes back, and where the candidate's local time stands.

/** "1 min", "10 min", "3 h", "4 d", "2 mo", "1.5 y": the interval a grade button promises, as Anki writes it. */
export function formatInterval(minutes: number): string {
  if (minutes < 1) return '<1 min';
  // Each unit up to where it would round to the next one: 23.9 hours is "1 d", not "24 h".
  if (minutes < 59.5) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 23.5) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 29.5) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${Math.round((days / 365) * 10) / 10} y`;
}

/** "in 3 h", "in 4 d": when something is due, from now. */
export function formatDueIn(due: string, now: number): string {
  const minutes = (Date.parse(due) - now) / 60_000;
  return minutes <= 0 ? 'now' : `in ${formatInterval(minutes)}`;
}

/** Minutes the browser's local time is ahead of UTC, as the queue asks for it (the opposite sign of JS's offset). */
export function utcOffsetMinutes(date: Date = new Date()): number {
  return -date.getTimezoneOffset() || 0;
}

/** The grades in button order, with the key that gives each. */
export const GRADE_KEYS = [
  { grade: 'again', label: 'Again', key: '1' },
  { grade: 'hard', label: 'Hard', key: '2' },
  { grade: 'good', label: 'Good', key: '3' },
  { grade: 'easy', label: 'Easy', key: '4' },
] as const;
export type Grade = (typeof GRADE_KEYS)[number]['grade'];

/** The grade a key gives, or null: 1–4 on the main row or the keypad. */
export function gradeForKey(key: string): Grade | null {
  return GRADE_KEYS.find((entry) => entry.key === key)?.grade ?? null;
}

/**
 * A model answer as paragraphs: the bank's files wrap lines at a fixed width, so a line break ends a paragraph
 * only after a sentence ends; elsewhere it is a space.
 */
export function answerParagraphs(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
