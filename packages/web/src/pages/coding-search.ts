/** The coding problem list's filters, kept in the URL; read by the router before the page's own code has loaded. */
export interface CodingSearch {
  level?: string;
  tag?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export const codingSearchSchema = (search: Record<string, unknown>): CodingSearch => ({
  level: text(search.level),
  tag: text(search.tag),
});
