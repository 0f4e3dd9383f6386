/** A coding or review page opened as a round of a full loop carries the interview's id in the URL. */
export interface LoopSearch {
  interview?: string;
}

export const loopSearchSchema = (search: Record<string, unknown>): LoopSearch => ({
  interview: typeof search.interview === 'string' && search.interview !== '' ? search.interview : undefined,
});
