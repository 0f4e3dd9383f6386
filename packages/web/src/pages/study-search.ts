/** Study mode's filters, kept in the URL; read by the router before the pages' own code has loaded. */
export interface StudySearch {
  category?: string;
  level?: string;
  round?: string;
  state?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export const studySearchSchema = (search: Record<string, unknown>): StudySearch => ({
  category: text(search.category),
  level: text(search.level),
  round: text(search.round),
  state: text(search.state),
});
