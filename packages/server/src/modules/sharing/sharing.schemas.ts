// The sharing API's contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import { COMMENT_MAX_CHARS, SHARE_LINK_DAYS } from '@rehearse/core';
import { settingsBody } from '../interviews/interviews.schemas.ts';

export const shareParams = z.object({ id: z.uuid() });
export const interviewParams = z.object({ id: z.uuid() });
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

const scope = {
  interviewId: z.uuid().nullable().describe('The interview to share; null shares all your interviews, future ones too'),
  expiresInDays: z
    .number()
    .int()
    .min(SHARE_LINK_DAYS.min)
    .max(SHARE_LINK_DAYS.max)
    .optional()
    .describe(`Days the share lasts; a link lasts ${SHARE_LINK_DAYS.default} unless told, an invitation until revoked`),
};

export const shareBody = z.discriminatedUnion('via', [
  z.object({ via: z.literal('invitation'), email: z.email().max(320).describe("The coach's account email"), ...scope }),
  z.object({ via: z.literal('link'), ...scope }),
]);

const person = z.object({ email: z.string(), name: z.string() });

export const shareView = z
  .object({
    id: z.string(),
    via: z.enum(['invitation', 'link']),
    interviewId: z.string().nullable().describe('Null: all your interviews'),
    coach: person.nullable().describe('Null for a link nobody has opened yet'),
    status: z.enum(['active', 'revoked', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Share' });

export const createdShare = shareView
  .extend({
    link: z
      .object({ token: z.string(), url: z.string() })
      .nullable()
      .describe("A link's token and address, shown this once (only its hash is kept); null for an invitation"),
  })
  .meta({ id: 'CreatedShare' });

export const shareList = z.object({ items: z.array(shareView) });

export const claimBody = z.object({ token: linkToken });
export const claimed = z.object({
  shareId: z.string(),
  interviewId: z.string().nullable().describe('The interview shared, or null for all of the candidate’s interviews'),
});

export const sharedList = z.object({
  items: z.array(
    z
      .object({
        interviewId: z.string(),
        shareId: z.string(),
        owner: person.nullable(),
        status: z.enum(['active', 'completed']),
        createdAt: z.string(),
        settings: settingsBody,
        expiresAt: z.string().nullable(),
      })
      .meta({ id: 'SharedSessionItem' }),
  ),
});

export const commentBody = z.union([
  z.object({
    turnId: z.string().regex(/^\d+\.\d+$/),
    atSec: z.number().min(0).describe('Seconds from the start of the answer’s recording, within its length'),
    body: z.string().trim().min(1).max(COMMENT_MAX_CHARS),
  }),
  z.object({
    turnId: z.string().regex(/^\d+\.\d+$/),
    sentenceIndex: z.number().int().min(0).describe('Which sentence of the transcript, from 0'),
    body: z.string().trim().min(1).max(COMMENT_MAX_CHARS),
  }),
]);

export const commentView = z
  .object({
    id: z.string(),
    turnId: z.string(),
    recordingId: z.string().nullable(),
    atSec: z.number().nullable().describe('A moment of the recording; null for a comment on a sentence'),
    sentenceIndex: z.number().int().nullable(),
    quote: z.string().nullable().describe('The sentence commented on, as it read then'),
    body: z.string(),
    author: z.object({ name: z.string() }),
    createdAt: z.string(),
    readAt: z.string().nullable().describe('When the candidate saw it; null while unread'),
  })
  .meta({ id: 'ShareComment' });

export const commentList = z.object({ items: z.array(commentView) });

export const unreadView = z.object({
  total: z.number().int(),
  sessions: z.array(z.object({ interviewId: z.string(), unread: z.number().int() })),
});
