/** The code-review exercise list's filters, kept in the URL; read by the router before the page's own code has loaded. */
export interface ReviewSearch {
  level?: string;
  language?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export const reviewSearchSchema = (search: Record<string, unknown>): ReviewSearch => ({
  level: text(search.level),
  language: text(search.language),
});
