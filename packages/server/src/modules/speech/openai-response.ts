import { transcriptConfidence, type TimedWord } from '@rehearse/core';

/** The parts of an OpenAI-compatible `verbose_json` transcription this adapter reads. */
export interface VerboseTranscription {
  text?: string;
  duration?: number;
  words?: { word?: string; start?: number; end?: number; probability?: number }[];
  segments?: { start?: number; end?: number; text?: string; avg_logprob?: number }[];
}

/** Confidence given to words when the service reports none (above the review threshold, below certainty). */
export const UNREPORTED_CONFIDENCE = 0.8;

type Segment = NonNullable<VerboseTranscription['segments']>[number];

function segmentConfidence(segment: Segment | undefined): number {
  return segment?.avg_logprob === undefined ? UNREPORTED_CONFIDENCE : Math.min(Math.exp(segment.avg_logprob), 1);
}

function wordsFromWordList(response: VerboseTranscription): TimedWord[] {
  const segments = response.segments ?? [];
  return (response.words ?? [])
    .filter((word) => typeof word.word === 'string' && word.word.trim() !== '')
    .map((word) => {
      const start = word.start ?? 0;
      const segment = segments.find(
        (candidate) => start >= (candidate.start ?? 0) && start < (candidate.end ?? Infinity),
      );
      return {
        word: (word.word ?? '').trim(),
        start,
        end: word.end ?? start,
        confidence: word.probability ?? segmentConfidence(segment),
      };
    });
}

/** Spreads a stretch of text evenly over a time span, for services that give no word timings. */
function spread(text: string, start: number, end: number, confidence: number): TimedWord[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const step = words.length > 0 ? (end - start) / words.length : 0;
  return words.map((word, index) => ({
    word,
    start: start + index * step,
    end: start + (index + 1) * step,
    confidence,
  }));
}

/** Timed words from a verbose transcription: its word list, else its segments, else its whole text. */
export function wordsOfTranscription(response: VerboseTranscription): TimedWord[] {
  if (response.words && response.words.length > 0) return wordsFromWordList(response);
  if (response.segments && response.segments.length > 0) {
    return response.segments.flatMap((segment) =>
      spread(segment.text ?? '', segment.start ?? 0, segment.end ?? segment.start ?? 0, segmentConfidence(segment)),
    );
  }
  return spread(response.text ?? '', 0, response.duration ?? 0, UNREPORTED_CONFIDENCE);
}

export function transcriptOfResponse(response: VerboseTranscription, engine: string) {
  const words = wordsOfTranscription(response);
  const text = (response.text ?? words.map((word) => word.word).join(' ')).trim();
  return { text, words, confidence: transcriptConfidence(words), engine };
}
