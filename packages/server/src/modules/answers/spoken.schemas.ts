// A spoken answer as stored with the answer and returned with it: the transcript with word times, the delivery
// measures and the delivery score the analysis used. The checks at the end fail `npm run typecheck` when these
// schemas and the core's types differ.
import { z } from 'zod';
import type { DeliveryInput, DeliveryMetrics, SpokenAnswer, Transcript } from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';

const seconds = z.number().describe('Seconds from the start of the recording');
const timedPhrase = z.object({
  phrase: z.string(),
  index: z.number().describe('The index of its first word'),
  length: z.number().describe('How many words it spans'),
  start: seconds,
});

export const spokenAnswer = z
  .object({
    text: z.string().describe('What the recogniser heard'),
    transcript: z.object({
      text: z.string(),
      words: z.array(z.object({ word: z.string(), start: seconds, end: seconds, confidence: z.number() })),
      confidence: z.number(),
      engine: z.string(),
    }),
    delivery: z.object({
      durationSec: z.number(),
      wordCount: z.number(),
      wordsPerMinute: z.number(),
      fillerCount: z.number(),
      fillerPer100Words: z.number(),
      fillers: z.array(timedPhrase),
      longPauses: z.number(),
      pauses: z.array(z.object({ start: seconds, end: seconds, durationSec: z.number(), afterWord: z.string() })),
      hedgeCount: z.number(),
      hedgesPer100Words: z.number(),
      hedges: z.array(timedPhrase),
      targetSeconds: z.number().nullable(),
      lengthRatio: z.number().nullable(),
    }),
    deliveryScore: z.object({ score: z.number().describe('0–100'), explanation: z.string().optional() }),
    needsReview: z.boolean().describe('The recogniser was unsure: the candidate should check the transcript'),
  })
  .meta({ id: 'SpokenAnswer' });

export type SpokenResult = z.output<typeof spokenAnswer>;

type _TranscriptMatchesCore = Assert<SameShape<SpokenResult['transcript'], Transcript>>;
type _DeliveryMatchesCore = Assert<SameShape<SpokenResult['delivery'], DeliveryMetrics>>;
type _DeliveryScoreMatchesCore = Assert<SameShape<SpokenResult['deliveryScore'], DeliveryInput>>;
type _SpokenMatchesCore = Assert<SameShape<SpokenResult, SpokenAnswer>>;
