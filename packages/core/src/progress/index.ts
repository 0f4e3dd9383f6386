export * from './types.ts';
export * from './progress.ts';
export { dayIn, isTimeZone, addDays, weekOf, streakOf } from './calendar.ts';
export { CATEGORY_LABELS } from './labels.ts';
