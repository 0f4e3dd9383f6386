import { textFromTimedWords, transcriptConfidence, type TimedWord } from '@rehearse/core';

const MARKERS = /^(<s>|<\/s>|<sil>|\[[A-Z]+\]|\+\+[A-Z]+\+\+)$/;
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:e-?\d+)?)$/;

/**
 * Reads `pocketsphinx_continuous -time yes` output: per utterance a line of text, then one
 * "word start end confidence" line per word. Drops silence and noise markers and the "(2)" of alternate
 * pronunciations; clamps confidences into 0–1. The text gets a sentence break wherever the speaker paused.
 */
export function parsePocketsphinxOutput(stdout: string): { text: string; words: TimedWord[]; confidence: number } {
  const words: TimedWord[] = [];
  for (const line of stdout.split('\n')) {
    const match = WORD_LINE.exec(line.trim());
    if (!match || !match[1] || MARKERS.test(match[1])) continue;
    words.push({
      word: match[1].replace(/\(\d+\)$/, ''),
      start: Number(match[2]),
      end: Number(match[3]),
      confidence: Math.min(Math.max(Number(match[4]), 0), 1),
    });
  }
  return { text: textFromTimedWords(words), words, confidence: transcriptConfidence(words) };
}
