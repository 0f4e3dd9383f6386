import { cameraPresenceFeedback } from '../camera/presence-feedback.ts';
import type { CameraPresenceSummary } from '../camera/presence.ts';
import type { DeliveryMetrics } from './delivery-metrics.ts';

export interface DeliveryComponent {
  name: 'pace' | 'fillers' | 'pauses' | 'hedging' | 'length' | 'camera';
  /** 0–100 for this aspect alone. */
  score: number;
  weight: number;
  /** One sentence saying what was measured and what it means. */
  note: string;
}

export interface DeliveryScore {
  /** 0–100 integer. */
  score: number;
  /** False when there were too few words to judge delivery fairly. */
  reliable: boolean;
  explanation: string;
  components: DeliveryComponent[];
}

/** Fewer words than this and the delivery score is marked unreliable. */
export const MIN_WORDS_FOR_DELIVERY = 20;

/** 100 inside [low, high], falling linearly to 0 at `zeroBelow` and `zeroAbove`. */
function plateau(value: number, zeroBelow: number, low: number, high: number, zeroAbove: number): number {
  if (value < low) return clamp((100 * (value - zeroBelow)) / (low - zeroBelow));
  if (value > high) return clamp((100 * (zeroAbove - value)) / (zeroAbove - high));
  return 100;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}

function paceComponent(metrics: DeliveryMetrics): DeliveryComponent {
  const wpm = metrics.wordsPerMinute;
  const score = plateau(wpm, 60, 110, 170, 240);
  const verdict =
    wpm < 110 ? 'slow; keep the thread moving' : wpm > 170 ? 'fast; slow down so points land' : 'easy to follow';
  return { name: 'pace', score, weight: 0.25, note: `${wpm} words per minute: ${verdict}.` };
}

function fillerComponent(metrics: DeliveryMetrics): DeliveryComponent {
  const rate = metrics.fillerPer100Words;
  const score = plateau(rate, -1, 0, 1.5, 10);
  const examples = [...new Set(metrics.fillers.map((filler) => `"${filler.phrase}"`))].slice(0, 3).join(', ');
  const note =
    metrics.fillerCount === 0
      ? 'No filler words.'
      : `${metrics.fillerCount} filler words (${rate} per 100 words, e.g. ${examples}); a short silence works better.`;
  return { name: 'fillers', score, weight: 0.3, note };
}

function pauseComponent(metrics: DeliveryMetrics): DeliveryComponent {
  const minutes = Math.max(metrics.durationSec / 60, 0.5);
  const perMinute = metrics.longPauses / minutes;
  const score = clamp(100 - 30 * Math.max(perMinute - 0.5, 0));
  const note =
    metrics.longPauses === 0
      ? 'No long silences.'
      : `${metrics.longPauses} pauses of 2 s or more; saying what you are weighing keeps the listener with you.`;
  return { name: 'pauses', score, weight: 0.15, note };
}

function hedgeComponent(metrics: DeliveryMetrics): DeliveryComponent {
  const rate = metrics.hedgesPer100Words;
  const score = plateau(rate, -1, 0, 2, 8);
  const note =
    metrics.hedgeCount <= 1
      ? 'Claims stated with confidence.'
      : `${metrics.hedgeCount} hedges such as "${metrics.hedges[0]?.phrase ?? ''}"; commit to an answer and name your assumptions instead.`;
  return { name: 'hedging', score, weight: 0.15, note };
}

function lengthComponent(metrics: DeliveryMetrics): DeliveryComponent | null {
  if (metrics.lengthRatio === null || metrics.targetSeconds === null) return null;
  const ratio = metrics.lengthRatio;
  const score = plateau(ratio, 0.1, 0.6, 1.4, 3);
  const spoken = Math.round(metrics.durationSec);
  const verdict =
    ratio < 0.6
      ? 'short; develop the main points'
      : ratio > 1.4
        ? 'long; lead with the answer and trim'
        : 'about right';
  return {
    name: 'length',
    score,
    weight: 0.15,
    note: `${spoken} s against a target of ${metrics.targetSeconds} s: ${verdict}.`,
  };
}

/**
 * On camera, presence weighs as much as pauses or hedging do; without camera data, or with too few frames to
 * judge, there is no such component and the score is what the spoken measures alone give.
 */
function cameraComponent(camera: CameraPresenceSummary | null | undefined): DeliveryComponent | null {
  if (!camera) return null;
  const feedback = cameraPresenceFeedback(camera);
  if (feedback.score === null) return null;
  return { name: 'camera', score: feedback.score, weight: 0.15, note: feedback.improvement ?? feedback.explanation };
}

/** Scores delivery 0–100 from its metrics (and camera presence, for a video answer), one note per aspect. */
export function scoreDelivery(
  metrics: DeliveryMetrics,
  options: { camera?: CameraPresenceSummary | null } = {},
): DeliveryScore {
  const components = [
    paceComponent(metrics),
    fillerComponent(metrics),
    pauseComponent(metrics),
    hedgeComponent(metrics),
    lengthComponent(metrics),
    cameraComponent(options.camera),
  ].filter((component): component is DeliveryComponent => component !== null);
  const totalWeight = components.reduce((sum, component) => sum + component.weight, 0);
  const weighted = components.reduce((sum, component) => sum + component.score * component.weight, 0);
  const score = Math.round(weighted / totalWeight);
  const reliable = metrics.wordCount >= MIN_WORDS_FOR_DELIVERY;
  const weakest = [...components].sort((a, b) => a.score - b.score).filter((component) => component.score < 80);
  const lead = reliable ? `Delivery ${score}/100.` : `Delivery ${score}/100, from too few words to judge fairly.`;
  const allFine = components.some((component) => component.name === 'camera')
    ? 'Pace, fluency, length and camera presence all fine.'
    : 'Pace, fluency and length all fine.';
  const detail = weakest.length > 0 ? weakest.map((component) => component.note).join(' ') : allFine;
  return { score, reliable, explanation: `${lead} ${detail}`, components };
}
