import type { Kysely } from 'kysely';
import type { AccessTokensTable, Database } from '../../db/schema.ts';

export type AccessTokenRow = AccessTokensTable;

export function createTokenRepository(db: Kysely<Database>) {
  return {
    insert: (row: AccessTokenRow) => db.insertInto('access_tokens').values(row).execute(),

    listByUser: (userId: string) =>
      db.selectFrom('access_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute(),

    findUserByTokenHash: (tokenHash: string) =>
      db
        .selectFrom('access_tokens')
        .innerJoin('user', 'user.id', 'access_tokens.user_id')
        .select([
          'access_tokens.id as tokenId',
          'access_tokens.expires_at',
          'access_tokens.last_used_at',
          'access_tokens.scope',
          'user.id',
          'user.email',
          'user.name',
          'user.role',
        ])
        .where('access_tokens.token_hash', '=', tokenHash)
        .executeTakeFirst(),

    touch: (id: string, at: string) =>
      db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute(),

    delete: async (userId: string, id: string) => {
      const result = await db
        .deleteFrom('access_tokens')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type TokenRepository = ReturnType<typeof createTokenRepository>;
