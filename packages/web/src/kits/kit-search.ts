/** The scorecard and calibration pages name the candidate in the URL, so a link opens them on that candidate. */
export interface CandidateSearch {
  candidate?: string | undefined;
}

export const candidateSearchSchema = (search: Record<string, unknown>): CandidateSearch => ({
  candidate: typeof search.candidate === 'string' && search.candidate.trim() !== '' ? search.candidate : undefined,
});
