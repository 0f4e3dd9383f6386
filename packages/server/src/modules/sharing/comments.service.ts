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
import type { CommentRow, SharingRepository } from './sharing.repository.ts';
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

  async function present(row: CommentRow) {
    const author = await repository.person(row.author_id);
    return {
      id: row.id,
      turnId: row.turn_id,
      recordingId: row.recording_id,
      atSec: row.at_sec,
      sentenceIndex: row.sentence_index,
      quote: row.quote,
      body: row.body,
      author: { name: author?.name ?? 'A former coach' },
      createdAt: row.created_at,
      readAt: row.read_at,
    };
  }

  /** Where on the answer the comment sits, checked against the answer as it is now. */
  async function anchor(session: SessionView, input: NewComment) {
    const turn = session.turns.find((t) => t.turnId === input.turnId);
    if (!turn) throw notFound('answer', input.turnId);
    if ('sentenceIndex' in input) {
      assertSentenceInAnswer(input.sentenceIndex, turn.answerText);
      const quote = transcriptSentences(turn.answerText ?? '')[input.sentenceIndex] ?? null;
      return { recording_id: null, at_sec: null, sentence_index: input.sentenceIndex, quote };
    }
    const recording = turn.recordingId ? await recordings.find(turn.recordingId) : null;
    if (!recording)
      throw invalid('comment-no-recording', 'This answer has no recording: comment on a sentence of it instead.');
    assertMomentInRecording(input.atSec, recording.durationSec);
    return { recording_id: recording.id, at_sec: input.atSec, sentence_index: null, quote: null };
  }

  return {
    async add(interviewId: string, author: Account, input: NewComment) {
      const { ownerId, session } = await access.grant(interviewId, author.id);
      const now = deps.now().toISOString();
      const row: CommentRow = {
        id: randomUUID(),
        interview_id: interviewId,
        owner_id: ownerId,
        author_id: author.id,
        turn_id: input.turnId,
        ...(await anchor(session, input)),
        body: input.body.trim(),
        created_at: now,
        // The owner's own reply is read by its writer.
        read_at: ownerId === author.id ? now : null,
      };
      await repository.insertComment(row);
      return present(row);
    },

    /** The owner reads every comment; a coach reads theirs and the owner's replies. */
    async list(interviewId: string, viewer: Account) {
      const { ownerId } = await access.grant(interviewId, viewer.id);
      const authors = ownerId === viewer.id ? undefined : [viewer.id, ownerId];
      const rows = await repository.listComments(interviewId, authors);
      return { items: await Promise.all(rows.map(present)) };
    },

    async markRead(interviewId: string, owner: Account) {
      const { ownerId } = await access.grant(interviewId, owner.id);
      if (ownerId !== owner.id) throw notFound('interview', interviewId);
      await repository.markRead(interviewId, owner.id, deps.now().toISOString());
    },

    /** What the candidate has not read yet, per session: the badge's number. */
    async unread(owner: Account) {
      const sessionsWithNew = (await repository.unreadByInterview(owner.id)).map((row) => ({
        interviewId: row.interview_id,
        unread: Number(row.unread),
      }));
      return { total: sessionsWithNew.reduce((sum, s) => sum + s.unread, 0), sessions: sessionsWithNew };
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
