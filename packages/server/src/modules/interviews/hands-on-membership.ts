// Coding attempts and reviews join a full loop through this one rule, so neither round needs to know the other.
import { DomainError, notFound } from '@rehearse/core';
import type { Viewer } from '../questions/questions.service.ts';

/** The hands-on slots of one of the user's interviews, or null when there is no such interview of theirs. */
export type InterviewSlots = (
  interviewId: string,
  userId: string,
) => Promise<ReadonlyArray<{ kind: string; id: string }> | null>;

/** An attempt joins a full loop only if that loop is the viewer's and plans this exercise. */
export async function assertPlanned(
  interviewSlots: InterviewSlots,
  interviewId: string,
  kind: 'coding' | 'review',
  id: string,
  viewer: Viewer,
) {
  const slots = await interviewSlots(interviewId, viewer.id);
  if (!slots) throw notFound('interview', interviewId);
  if (!slots.some((slot) => slot.kind === kind && slot.id === id))
    throw new DomainError('invalid', 'not-in-loop', `This interview does not plan ${id} as its ${kind} round.`);
}
