import { describe, expect, it } from 'vitest';
import { computeDeliveryMetrics } from './delivery-metrics.ts';
import { scoreDelivery } from './delivery-score.ts';
import type { TimedWord } from './transcript.ts';

/** Words at a steady pace (seconds per word), with optional silences after given word indexes. */
function timed(text: string, secondsPerWord: number, silences: Record<number, number> = {}): TimedWord[] {
  let clock = 0.5;
  return text.split(' ').map((word, index) => {
    const start = clock;
    clock += secondsPerWord;
    const end = clock - 0.05;
    clock += silences[index] ?? 0;
    return { word, start, end, confidence: 0.9 };
  });
}

const fluent = Array.from(
  { length: 6 },
  () => 'we keep code and data apart with bound parameters so input never becomes sql',
).join(' ');

describe('computeDeliveryMetrics', () => {
  it('measures pace, length against the target and long pauses', () => {
    const words = timed(fluent, 0.4, { 10: 2.5 });
    const metrics = computeDeliveryMetrics(words, { targetSeconds: 60 });
    expect(metrics.wordCount).toBe(84);
    expect(metrics.wordsPerMinute).toBeGreaterThan(130);
    expect(metrics.wordsPerMinute).toBeLessThan(150);
    expect(metrics.longPauses).toBe(1);
    expect(metrics.pauses[0]?.afterWord).toBe('input');
    expect(metrics.lengthRatio).toBeCloseTo(0.58, 1);
  });

  it('ignores recogniser markers and alternate-pronunciation suffixes', () => {
    const words: TimedWord[] = [
      { word: '<s>', start: 0, end: 0.2, confidence: 1 },
      { word: 'Um,', start: 0.2, end: 0.5, confidence: 0.8 },
      { word: 'use(2)', start: 0.5, end: 0.8, confidence: 0.8 },
      { word: '<sil>', start: 0.8, end: 3.5, confidence: 1 },
      { word: 'locks', start: 3.5, end: 4, confidence: 0.8 },
    ];
    const metrics = computeDeliveryMetrics(words);
    expect(metrics.wordCount).toBe(3);
    expect(metrics.fillers.map((filler) => filler.phrase)).toEqual(['um']);
    expect(metrics.longPauses).toBe(1);
    expect(metrics.lengthRatio).toBeNull();
  });
});

describe('scoreDelivery', () => {
  it('scores a fluent answer of the right length high', () => {
    const result = scoreDelivery(computeDeliveryMetrics(timed(fluent, 0.4), { targetSeconds: 40 }));
    expect(result.score).toBeGreaterThanOrEqual(90);
    expect(result.reliable).toBe(true);
  });

  it('scores fillers, hedges and long silences down and says why', () => {
    const halting = Array.from({ length: 8 }, () => 'um i think it is like you know kind of a lock').join(' ');
    const result = scoreDelivery(
      computeDeliveryMetrics(timed(halting, 0.6, { 5: 3, 30: 4, 60: 3 }), { targetSeconds: 120 }),
    );
    expect(result.score).toBeLessThan(50);
    expect(result.explanation).toMatch(/filler words/);
    expect(result.explanation).toMatch(/hedges/);
  });

  it('marks a handful of words as too few to judge', () => {
    expect(scoreDelivery(computeDeliveryMetrics(timed('yes it is a lock', 0.4))).reliable).toBe(false);
  });

  describe('with camera presence (video answers)', () => {
    const metrics = computeDeliveryMetrics(timed(fluent, 0.4), { targetSeconds: 40 });
    const camera = { framesAnalysed: 60, secondsCovered: 30, faceInFrameShare: 1, lookingAtCameraShare: 1 };

    it('leaves an answer without camera data exactly as the spoken measures score it', () => {
      const plain = scoreDelivery(metrics);
      expect(scoreDelivery(metrics, { camera: null })).toEqual(plain);
      expect(plain.components.map((component) => component.name)).not.toContain('camera');
    });

    it('adds camera presence as one more aspect, weighed like pauses', () => {
      const result = scoreDelivery(metrics, { camera });
      const component = result.components.find((part) => part.name === 'camera');
      expect(component).toMatchObject({ score: 100, weight: 0.15 });
      expect(result.explanation).toContain('camera presence all fine');
    });

    it('scores an answer given away from the camera lower and says what to do', () => {
      const plain = scoreDelivery(metrics);
      const away = scoreDelivery(metrics, { camera: { ...camera, faceInFrameShare: 0.3, lookingAtCameraShare: 0.1 } });
      // Camera presence scores 0 and weighs 0.15 beside 1.0 of spoken aspects.
      expect(away.score).toBe(Math.round((plain.score * 1.0) / 1.15));
      expect(away.explanation).toContain('Your face was out of the frame 70% of the time');
    });

    it('ignores camera data from too few frames to judge', () => {
      const few = { ...camera, framesAnalysed: 3, faceInFrameShare: 0, lookingAtCameraShare: 0 };
      expect(scoreDelivery(metrics, { camera: few })).toEqual(scoreDelivery(metrics));
    });
  });
});
