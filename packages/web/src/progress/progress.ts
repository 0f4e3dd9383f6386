import type { Schemas } from '../api.ts';

export type ProgressView = Schemas['Progress'];
export type RecommendationView = Schemas['Recommendation'];
export type HistoryItemView = Schemas['HistoryItem'];
export type HistoryAnswerView = Schemas['HistoryAnswer'];

/** The reader's time zone, as the browser knows it: days and streaks are counted in it. */
export const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Dec" from "2026-12-07": short enough for an axis on a phone. */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`;
}

/** A category's slug as words: "api-design" → "api design". */
export const words = (slug: string) => slug.replaceAll('-', ' ');

/** An ISO instant's local date and time, as the reader reads them. */
export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The start of a local date (YYYY-MM-DD from a date input) as an ISO instant; `days` later when given. */
export function startOfLocalDay(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day! + days).toISOString();
}
