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

/**
 * A silence this long between two words reads as the end of a sentence. Offline recognisers print no
 * punctuation, and without sentences the analysis could only quote a whole answer as its evidence.
 */
export const SENTENCE_PAUSE_SECONDS = 0.45;
/** A run of words longer than this is split at its longest silence, as no one speaks one sentence that long. */
const MAX_SENTENCE_WORDS = 32;

/** Transcript text with sentences where the speaker paused: "we bind the values. then the driver sends them." */
export function textFromTimedWords(words: readonly TimedWord[]): string {
  const sentences: TimedWord[][] = [];
  let current: TimedWord[] = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    if (previous && word.start - previous.end >= SENTENCE_PAUSE_SECONDS && current.length > 0) {
      sentences.push(current);
      current = [];
    }
    current.push(word);
  });
  if (current.length > 0) sentences.push(current);
  return sentences
    .flatMap(splitLongSentence)
    .map((sentence) => `${sentence.map((w) => w.word).join(' ')}.`)
    .join(' ');
}

function splitLongSentence(sentence: TimedWord[]): TimedWord[][] {
  if (sentence.length <= MAX_SENTENCE_WORDS) return [sentence];
  // Split at the longest gap, keeping at least a few words on either side.
  let best = 4;
  let bestGap = -Infinity;
  for (let i = 4; i <= sentence.length - 4; i++) {
    const gap = sentence[i]!.start - sentence[i - 1]!.end;
    if (gap > bestGap) [best, bestGap] = [i, gap];
  }
  return [...splitLongSentence(sentence.slice(0, best)), ...splitLongSentence(sentence.slice(best))];
}
