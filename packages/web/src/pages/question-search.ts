/** The question bank's filters, kept in the URL; read by the router before the page's own code has loaded. */
export interface QuestionSearch {
  q?: string;
  category?: string;
  level?: string;
  round?: string;
}

export function questionSearchSchema(search: Record<string, unknown>): QuestionSearch {
  const pick = (key: string) => {
    const value = search[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return { q: pick('q'), category: pick('category'), level: pick('level'), round: pick('round') };
}
