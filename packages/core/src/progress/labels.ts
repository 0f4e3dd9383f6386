import type { Category } from '../questions/question.schema.ts';

/** Categories as a sentence names them ("3 of 4 API design answers"). */
export const CATEGORY_LABELS: Record<Category, string> = {
  'api-design': 'API design',
  architecture: 'architecture',
  testing: 'testing',
  'design-patterns': 'design patterns',
  'code-quality': 'code quality',
  databases: 'databases',
  security: 'security',
  concurrency: 'concurrency',
  'system-design': 'system design',
  devops: 'DevOps',
  'web-fundamentals': 'web fundamentals',
  behavioral: 'behavioral',
};

/** A phrase with its first letter capitalised, to open a sentence. */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a databases question", "an API design question". */
export const withArticle = (text: string) => (/^[aeiou]/i.test(text) ? `an ${text}` : `a ${text}`);

/** "2 answers", "1 answer". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Code-unit order: dates and ids sort so, and it is many times cheaper than localeCompare. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
