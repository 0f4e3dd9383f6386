// A coach's comments on a shared session: at a moment of an answer's recording, or on a sentence of its
// transcript. The candidate reads them all on their session, with a count of those not seen yet.
import { randomUUID } from 'node:crypto';
import {
  assertMomentInRecording,
  assertSentenceInAnswer,
  invalid,
  notFound,
  transcriptSentences,
} from '@rehearse/core';
import type { SharingAccess } from './sharing.access.ts';
import type { Account } from './sharing.service.ts';
import type { ShareComment, SharingRepository } from './sharing.repository.ts';
import type { RecordingReader, SessionView } from './sharing.ports.ts';

export type CommentAnchor = { atSec: number } | { sentenceIndex: number };
export type NewComment = CommentAnchor & { turnId: string; body: string };

export function createCommentService(deps: {
  repository: SharingRepository;
  access: SharingAccess;
  recordings: RecordingReader;
  now: () => Date;
}) {
  const { repository, access, recordings } = deps;

  async function present(comment: ShareComment) {
    const author = await repository.person(comment.authorId);
    return {
      id: comment.id,
      turnId: comment.turnId,
      recordingId: comment.recordingId,
      atSec: comment.atSec,
      sentenceIndex: comment.sentenceIndex,
      quote: comment.quote,
      body: comment.body,
      author: { name: author?.name ?? 'A former coach' },
      createdAt: comment.createdAt,
      readAt: comment.readAt,
    };
  }

  /** Where on the answer the comment sits, checked against the answer as it is now. */
  async function anchor(session: SessionView, input: NewComment) {
    const turn = session.turns.find((t) => t.turnId === input.turnId);
    if (!turn) throw notFound('answer', input.turnId);
    if ('sentenceIndex' in input) {
      assertSentenceInAnswer(input.sentenceIndex, turn.answerText);
      const quote = transcriptSentences(turn.answerText ?? '')[input.sentenceIndex] ?? null;
      return { recordingId: null, atSec: null, sentenceIndex: input.sentenceIndex, quote };
    }
    const recording = turn.recordingId ? await recordings.find(turn.recordingId) : null;
    if (!recording)
      throw invalid('comment-no-recording', 'This answer has no recording: comment on a sentence of it instead.');
    assertMomentInRecording(input.atSec, recording.durationSec);
    return { recordingId: recording.id, atSec: input.atSec, sentenceIndex: null, quote: null };
  }

  return {
    async add(interviewId: string, author: Account, input: NewComment) {
      const { ownerId, session } = await access.grant(interviewId, author.id);
      const now = deps.now().toISOString();
      const comment: ShareComment = {
        ...{ id: randomUUID(), interviewId, ownerId, authorId: author.id, turnId: input.turnId },
        ...(await anchor(session, input)),
        body: input.body.trim(),
        createdAt: now,
        // The owner's own reply is read by its writer.
        readAt: ownerId === author.id ? now : null,
      };
      await repository.insertComment(comment);
      return present(comment);
    },

    /** The owner reads every comment; a coach reads theirs and the owner's replies. */
    async list(interviewId: string, viewer: Account) {
      const { ownerId } = await access.grant(interviewId, viewer.id);
      const authors = ownerId === viewer.id ? undefined : [viewer.id, ownerId];
      const comments = await repository.listComments(interviewId, authors);
      return { items: await Promise.all(comments.map(present)) };
    },

    async markRead(interviewId: string, owner: Account) {
      const { ownerId } = await access.grant(interviewId, owner.id);
      if (ownerId !== owner.id) throw notFound('interview', interviewId);
      await repository.markRead(interviewId, owner.id, deps.now().toISOString());
    },

    /** What the candidate has not read yet, per session: the badge's number. */
    async unread(owner: Account) {
      const sessionsWithNew = await repository.unreadByInterview(owner.id);
      return { total: sessionsWithNew.reduce((sum, s) => sum + s.unread, 0), sessions: sessionsWithNew };
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
