/** One recognised word with its timing in seconds from the start of the audio, and a 0–1 confidence. */
export interface TimedWord {
  word: string;
  start: number;
  end: number;
  confidence: number;
}

/** What any speech-to-text engine returns. `confidence` is the duration-weighted mean of the words'. */
export interface Transcript {
  text: string;
  words: TimedWord[];
  confidence: number;
  engine: string;
}

/** Mean word confidence, weighted by how long each word lasts; 0 when there are no words. */
export function transcriptConfidence(words: readonly TimedWord[]): number {
  let weighted = 0;
  let duration = 0;
  for (const word of words) {
    const length = Math.max(word.end - word.start, 0.01);
    weighted += word.confidence * length;
    duration += length;
  }
  return duration === 0 ? 0 : weighted / duration;
}

/**
 * Below this confidence the analysis should ask the candidate to check the transcript before scoring it. On the
 * spoken dev set (question-biased model), the one answer under 0.6 had a word error rate of 0.6; the rest were
 * above 0.65 with rates of 0.04–0.42.
 */
export const LOW_TRANSCRIPT_CONFIDENCE = 0.6;

/** Whether a transcript is too uncertain to score without the candidate checking it first. */
export function needsTranscriptReview(transcript: Pick<Transcript, 'words' | 'confidence'>): boolean {
  return transcript.words.length === 0 || transcript.confidence < LOW_TRANSCRIPT_CONFIDENCE;
}
