import { describe, expect, it } from 'vitest';
import { parsePocketsphinxOutput } from './pocketsphinx-output.ts';

const output = [
  'we bind the parameters',
  '<s> 0.000 0.190 1.000000',
  'we 0.200 0.450 0.909063',
  'bind(2) 0.460 0.770 0.750150',
  '<sil> 0.780 0.920 0.127947',
  'the 0.930 1.020 1.000500',
  '[NOISE] 1.030 1.100 0.5',
  'parameters 1.110 1.900 0.600000',
  '</s> 1.910 2.000 1.000000',
  'second utterance',
  '<s> 5.000 5.100 1.000000',
  'queues 5.110 5.600 0.8',
  '',
].join('\n');

describe('parsePocketsphinxOutput', () => {
  const parsed = parsePocketsphinxOutput(output);

  it('keeps words with absolute times and drops markers and alternate numbers', () => {
    expect(parsed.words.map((word) => word.word)).toEqual(['we', 'bind', 'the', 'parameters', 'queues']);
    expect(parsed.words[4]).toEqual({ word: 'queues', start: 5.11, end: 5.6, confidence: 0.8 });
    expect(parsed.text).toBe('we bind the parameters. queues.');
  });

  it('clamps confidences and weights the mean by duration', () => {
    expect(parsed.words[2]?.confidence).toBe(1);
    expect(parsed.confidence).toBeGreaterThan(0.6);
    expect(parsed.confidence).toBeLessThan(0.9);
  });

  it('gives an empty transcript for output without words', () => {
    expect(parsePocketsphinxOutput('\n<s> 0.0 0.1 1.0\n</s> 0.1 0.2 1.0\n')).toEqual({
      text: '',
      words: [],
      confidence: 0,
    });
  });
});
