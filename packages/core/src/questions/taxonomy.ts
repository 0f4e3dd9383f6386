// The categories, levels and rounds of the bank, shared by server, web and CLI. Kept apart from the schemas so
// the web app's first page can name them without loading the validation library.

export const CATEGORIES = [
  'api-design',
  'architecture',
  'testing',
  'design-patterns',
  'code-quality',
  'databases',
  'security',
  'concurrency',
  'system-design',
  'devops',
  'web-fundamentals',
  'behavioral',
] as const;
export const LEVELS = ['junior', 'mid', 'senior'] as const;
export const ROUNDS = ['background', 'concepts', 'design', 'coding', 'code-review', 'behavioral'] as const;
