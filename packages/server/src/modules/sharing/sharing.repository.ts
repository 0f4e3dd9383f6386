// The sharing SQL: shares, comments, and the few account fields (email, name) a share shows. Rows in, rows out.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';
import type { ShareCommentsTable, SharesTable, SharingTables } from './sharing.tables.ts';

export type ShareRow = SharesTable;
export type CommentRow = ShareCommentsTable;
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

    insertShare: (row: ShareRow) => db.insertInto('shares').values(row).execute(),
    findShare: (id: string) => db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst(),
    findByTokenHash: (hash: string) =>
      db.selectFrom('shares').selectAll().where('token_hash', '=', hash).executeTakeFirst(),
    listByOwner: (ownerId: string) =>
      db
        .selectFrom('shares')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute(),
    /** Every share naming this coach, whatever its state: the service tells a revoked one from none. */
    listForCoach: (coachId: string) =>
      db.selectFrom('shares').selectAll().where('coach_id', '=', coachId).orderBy('created_at', 'desc').execute(),
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

    insertComment: (row: CommentRow) => db.insertInto('share_comments').values(row).execute(),
    listComments(interviewId: string, authorIds?: readonly string[]) {
      let query = db.selectFrom('share_comments').selectAll().where('interview_id', '=', interviewId);
      if (authorIds !== undefined) query = query.where('author_id', 'in', [...authorIds]);
      return query.orderBy('created_at', 'asc').limit(1000).execute();
    },
    unreadByInterview: (ownerId: string) =>
      db
        .selectFrom('share_comments')
        .select(['interview_id', (eb) => eb.fn.countAll<number | string>().as('unread')])
        .where('owner_id', '=', ownerId)
        .where('read_at', 'is', null)
        .groupBy('interview_id')
        .execute(),
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
