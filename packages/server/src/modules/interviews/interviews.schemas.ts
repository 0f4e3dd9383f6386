import { z } from 'zod';
import {
  ANSWER_MAX_CHARS,
  cameraSamplesSchema,
  categorySchema,
  INTERVIEW_MINUTES,
  INTERVIEW_ROUNDS,
  levelSchema,
  roundSchema,
  type CameraPresenceFeedback,
  type CameraPresenceSummary,
} from '@rehearse/core';
import type { Assert, SameShape } from '../../http/same-shape.ts';
import { answerFeedback } from '../analyses/analysis.schemas.ts';
import { spokenAnswer } from '../answers/spoken.schemas.ts';

export const settingsBody = z.object({
  round: z.enum(INTERVIEW_ROUNDS).default('mixed'),
  level: levelSchema.default('mid'),
  categories: z.array(categorySchema).max(12).default([]),
  minutes: z.number().int().min(INTERVIEW_MINUTES.min).max(INTERVIEW_MINUTES.max).default(INTERVIEW_MINUTES.default),
});

export const idParams = z.object({ id: z.uuid() });
export const turnParams = idParams.extend({ turnId: z.string().regex(/^\d+\.\d+$/) });

export const eventBody = z.object({
  event: z.enum(['start', 'begin-answer', 'skip', 'pause', 'resume', 'finish', 'complete']),
  expectedVersion: z.number().int().min(0),
});

export const answerBody = z
  .object({
    turnId: z.string().regex(/^\d+\.\d+$/),
    mode: z.enum(['typed', 'audio', 'video']),
    text: z.string().max(ANSWER_MAX_CHARS).optional(),
    expectedVersion: z.number().int().min(0),
    /** What the browser saw of the candidate while a video answer was recorded, frame by frame. */
    camera: z.object({ samples: cameraSamplesSchema }).optional(),
  })
  .refine((body) => body.camera === undefined || body.mode === 'video', {
    path: ['camera'],
    message: 'Camera data comes with video answers only',
  });

export const transcriptBody = z.object({ text: z.string().trim().min(1).max(ANSWER_MAX_CHARS) });

const cameraPresence = z.object({
  framesAnalysed: z.number(),
  secondsCovered: z.number(),
  faceInFrameShare: z.number(),
  lookingAtCameraShare: z.number(),
  reliable: z.boolean(),
  score: z.number().nullable(),
  explanation: z.string(),
  improvement: z.string().nullable(),
});

const turnView = z.object({
  turnId: z.string(),
  questionId: z.string(),
  kind: z.enum(['question', 'follow-up']),
  prompt: z.string(),
  mode: z.enum(['typed', 'audio', 'video']),
  status: z.enum(['recording', 'queued', 'analysed', 'failed']),
  answerText: z.string().nullable(),
  recordingId: z.string().nullable(),
  analysis: answerFeedback.nullable().describe('Null until the answer is analysed'),
  spoken: spokenAnswer.nullable().describe('For a spoken answer, once transcribed'),
  camera: cameraPresence
    .nullable()
    .describe('Camera presence of a video answer, with its feedback; null for other answers and without camera data'),
  error: z.string().nullable(),
});

export const interviewView = z.object({
  id: z.string(),
  status: z.enum(['active', 'completed']),
  createdAt: z.string(),
  retakeOf: z.string().nullable().describe('The interview whose questions this one asks again, for a retake'),
  settings: settingsBody,
  plan: z.array(
    z.object({
      questionId: z.string(),
      category: categorySchema,
      round: roundSchema,
      targetSeconds: z.number(),
      prompt: z.string(),
    }),
  ),
  secondsInPhase: z
    .number()
    .describe('How long the interview has been in its phase: thinking time and the answer timer survive a reload'),
  state: z.object({
    phase: z.enum(['intro', 'asking', 'answering', 'reviewing', 'wrap-up', 'completed']),
    questionIndex: z.number(),
    turn: z
      .object({
        id: z.string(),
        questionIndex: z.number(),
        kind: z.enum(['question', 'follow-up']),
        questionId: z.string(),
        probe: z.object({ keyPointId: z.string(), text: z.string() }).nullable(),
        tip: z.string().nullable(),
      })
      .nullable(),
    followUpsAsked: z.number(),
    probedKeyPoints: z.array(z.string()),
    paused: z.boolean(),
    version: z.number(),
  }),
  current: z
    .object({
      turnId: z.string(),
      kind: z.enum(['question', 'follow-up']),
      questionId: z.string(),
      prompt: z.string(),
      tip: z.string().nullable(),
      category: categorySchema,
      targetSeconds: z.number(),
    })
    .nullable(),
  turns: z.array(turnView),
  handsOn: z
    .array(
      z.object({
        kind: z.enum(['coding', 'review']),
        id: z.string().describe('The coding problem or the review exercise'),
        title: z.string(),
        minutes: z.number(),
        result: z
          .object({ id: z.string(), overall: z.number() })
          .nullable()
          .describe('The best submitted attempt (coding) or review for this interview; null until one is in'),
      }),
    )
    .describe("A full loop's hands-on rounds after the conversation: a coding problem and a pull request to review"),
});

const interviewListItem = z.object({
  id: z.string(),
  status: z.enum(['active', 'completed']),
  createdAt: z.string(),
  retakeOf: z.string().nullable(),
  settings: settingsBody,
  questionCount: z.number(),
});

export const interviewList = z.object({ items: z.array(interviewListItem) });

const dimensionScores = z.object({
  content: z.number().nullable(),
  structure: z.number().nullable(),
  delivery: z.number().nullable(),
});

export const summaryView = z.object({
  overall: z.number().nullable(),
  byDimension: dimensionScores,
  questions: z.array(
    z.object({
      questionId: z.string(),
      prompt: z.string(),
      category: categorySchema,
      overall: z.number().nullable(),
      coveredKeyPoints: z.array(z.string()),
      missedKeyPoints: z.array(z.object({ id: z.string(), label: z.string(), probe: z.string() })),
      recoveredInFollowUp: z.array(z.string()).describe('Key points made only after a follow-up'),
    }),
  ),
  weakestCategory: categorySchema.nullable(),
  strongestCategory: categorySchema.nullable(),
  nextSteps: z.array(z.string()),
  previousAttempt: z
    .object({
      interviewId: z.string(),
      createdAt: z.string(),
      overall: z.number().nullable(),
      byDimension: dimensionScores,
    })
    .nullable()
    .describe('For a retake: the scores of the interview it retakes'),
});

// Named components of the OpenAPI document, and so of the web app's generated types.
z.globalRegistry.add(settingsBody, { id: 'InterviewSettings' });
z.globalRegistry.add(cameraPresence, { id: 'CameraPresence' });
z.globalRegistry.add(turnView, { id: 'InterviewTurn' });
z.globalRegistry.add(interviewView, { id: 'Interview' });
z.globalRegistry.add(interviewListItem, { id: 'InterviewListItem' });
z.globalRegistry.add(dimensionScores, { id: 'DimensionScores' });
z.globalRegistry.add(summaryView, { id: 'InterviewSummary' });

type _CameraPresenceMatchesCore = Assert<
  SameShape<z.output<typeof cameraPresence>, CameraPresenceSummary & CameraPresenceFeedback>
>;
