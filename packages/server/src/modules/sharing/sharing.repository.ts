// The sharing SQL: shares, comments, and the few account fields (email, name) a share shows. Rows stay here: the
// services see shares and comments in domain terms.
import type { Kysely } from 'kysely';
import type { ShareLifetime, ShareVia } from '@rehearse/core';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';
import type { ShareCommentsTable, SharesTable, SharingTables } from './sharing.tables.ts';

/** One interview, or all of them, opened by a candidate (the owner) to a coach by an invitation or a link. */
export interface Share extends ShareLifetime {
  readonly id: string;
  readonly ownerId: string;
  /** The one interview shared; null shares every interview of the owner, present and future. */
  readonly interviewId: string | null;
  readonly via: ShareVia;
  /** Named by an invitation; for a link, whoever opens it first (null until then). */
  readonly coachId: string | null;
  /** The SHA-256 (hex) of a link's token; null for an invitation. */
  readonly tokenHash: string | null;
  readonly createdAt: string;
}

/** A comment at a moment of an answer's recording, or on a sentence of its transcript. */
export interface ShareComment {
  readonly id: string;
  readonly interviewId: string;
  /** The candidate whose answer it is, who reads it. */
  readonly ownerId: string;
  readonly authorId: string;
  readonly turnId: string;
  readonly recordingId: string | null;
  readonly atSec: number | null;
  readonly sentenceIndex: number | null;
  /** The sentence commented on, as it read then. */
  readonly quote: string | null;
  readonly body: string;
  readonly createdAt: string;
  /** When the candidate saw it; null while unread. */
  readonly readAt: string | null;
}

const shareOf = (row: SharesTable): Share => ({
  ...{ id: row.id, ownerId: row.owner_id, interviewId: row.interview_id, via: row.via, coachId: row.coach_id },
  ...{ tokenHash: row.token_hash, createdAt: row.created_at, expiresAt: row.expires_at, revokedAt: row.revoked_at },
});

const commentOf = (row: ShareCommentsTable): ShareComment => ({
  ...{ id: row.id, interviewId: row.interview_id, ownerId: row.owner_id, authorId: row.author_id },
  ...{ turnId: row.turn_id, recordingId: row.recording_id, atSec: row.at_sec, sentenceIndex: row.sentence_index },
  ...{ quote: row.quote, body: row.body, createdAt: row.created_at, readAt: row.read_at },
});

export interface Person {
  id: string;
  email: string;
  name: string;
}

export function createSharingRepository(database: Kysely<Database>) {
  const db = database.withTables<SharingTables>();
  const person = (id: string | null) =>
    id === null
      ? Promise.resolve(undefined)
      : db.selectFrom('user').select(['id', 'email', 'name']).where('id', '=', id).executeTakeFirst();

  return {
    person,
    /** better-auth keeps emails lowercased. */
    personByEmail: (email: string) =>
      db
        .selectFrom('user')
        .select(['id', 'email', 'name'])
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst(),

    async insertShare(share: Share): Promise<void> {
      await db
        .insertInto('shares')
        .values({
          ...{ id: share.id, owner_id: share.ownerId, interview_id: share.interviewId, via: share.via },
          ...{ coach_id: share.coachId, token_hash: share.tokenHash, created_at: share.createdAt },
          ...{ expires_at: share.expiresAt, revoked_at: share.revokedAt },
        })
        .execute();
    },
    async findShare(id: string): Promise<Share | undefined> {
      const row = await db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst();
      return row && shareOf(row);
    },
    async findByTokenHash(hash: string): Promise<Share | undefined> {
      const row = await db.selectFrom('shares').selectAll().where('token_hash', '=', hash).executeTakeFirst();
      return row && shareOf(row);
    },
    async listByOwner(ownerId: string): Promise<Share[]> {
      const rows = await db
        .selectFrom('shares')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return rows.map(shareOf);
    },
    /** Every share naming this coach, whatever its state: the service tells a revoked one from none. */
    async listForCoach(coachId: string): Promise<Share[]> {
      const rows = await db
        .selectFrom('shares')
        .selectAll()
        .where('coach_id', '=', coachId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(shareOf);
    },
    async revoke(id: string, ownerId: string, at: string): Promise<void> {
      await db
        .updateTable('shares')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('owner_id', '=', ownerId)
        .where('revoked_at', 'is', null)
        .execute();
    },
    /** Binds a link to the first coach who opens it; false when another got there first. */
    async bindCoach(id: string, coachId: string): Promise<boolean> {
      const result = await db
        .updateTable('shares')
        .set({ coach_id: coachId })
        .where('id', '=', id)
        .where('coach_id', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async insertComment(c: ShareComment): Promise<void> {
      await db
        .insertInto('share_comments')
        .values({
          ...{ id: c.id, interview_id: c.interviewId, owner_id: c.ownerId, author_id: c.authorId },
          ...{ turn_id: c.turnId, recording_id: c.recordingId, at_sec: c.atSec, sentence_index: c.sentenceIndex },
          ...{ quote: c.quote, body: c.body, created_at: c.createdAt, read_at: c.readAt },
        })
        .execute();
    },
    async listComments(interviewId: string, authorIds?: readonly string[]): Promise<ShareComment[]> {
      let query = db.selectFrom('share_comments').selectAll().where('interview_id', '=', interviewId);
      if (authorIds !== undefined) query = query.where('author_id', 'in', [...authorIds]);
      return (await query.orderBy('created_at', 'asc').limit(1000).execute()).map(commentOf);
    },
    /** How many comments the owner has not read yet, per interview that has any. */
    async unreadByInterview(ownerId: string): Promise<{ interviewId: string; unread: number }[]> {
      const rows = await db
        .selectFrom('share_comments')
        .select(['interview_id', (eb) => eb.fn.countAll<number | string>().as('unread')])
        .where('owner_id', '=', ownerId)
        .where('read_at', 'is', null)
        .groupBy('interview_id')
        .execute();
      return rows.map((row) => ({ interviewId: row.interview_id, unread: Number(row.unread) }));
    },
    async markRead(interviewId: string, ownerId: string, at: string): Promise<void> {
      await db
        .updateTable('share_comments')
        .set({ read_at: at })
        .where('interview_id', '=', interviewId)
        .where('owner_id', '=', ownerId)
        .where('read_at', 'is', null)
        .execute();
    },

    /** An account is going: its shares either way, and the comments it wrote or was given. */
    async forgetAccount(userId: string, uow?: UnitOfWork): Promise<void> {
      const forget = async (trx: Kysely<Database>) => {
        const sharing = trx.withTables<SharingTables>();
        await sharing
          .deleteFrom('share_comments')
          .where((eb) => eb.or([eb('owner_id', '=', userId), eb('author_id', '=', userId)]))
          .execute();
        await sharing
          .deleteFrom('shares')
          .where((eb) => eb.or([eb('owner_id', '=', userId), eb('coach_id', '=', userId)]))
          .execute();
      };
      // Within account deletion's unit of work, or in a transaction of its own.
      if (uow) await forget(executorOf(database, uow));
      else await database.transaction().execute(forget);
    },
  };
}

export type SharingRepository = ReturnType<typeof createSharingRepository>;
