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

/** "2 answers", "1 answer". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
