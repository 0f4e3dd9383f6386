// Access tokens are kept in `access_tokens`, by the hash of their secret. Rows stay here: the service sees
// `AccessToken` and, for a secret presented, `TokenHolder`.
import type { Kysely } from 'kysely';
import type { AccessTokensTable, Database, TokenScope } from '../../db/schema.ts';

export type { TokenScope } from '../../db/schema.ts';

export interface AccessToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  /** SHA-256 of the secret, which is never stored. */
  readonly tokenHash: string;
  /** The secret's first characters, to tell tokens apart. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
  readonly scope: TokenScope;
}

/** A token found by its secret's hash, with the user it belongs to. */
export interface TokenHolder {
  readonly tokenId: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
  readonly scope: TokenScope;
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

const tokenOf = (row: AccessTokensTable): AccessToken => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  prefix: row.prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  scope: row.scope,
});

export function createTokenRepository(db: Kysely<Database>) {
  return {
    async insert(token: AccessToken): Promise<void> {
      await db
        .insertInto('access_tokens')
        .values({
          id: token.id,
          user_id: token.userId,
          name: token.name,
          token_hash: token.tokenHash,
          prefix: token.prefix,
          created_at: token.createdAt,
          last_used_at: token.lastUsedAt,
          expires_at: token.expiresAt,
          scope: token.scope,
        })
        .execute();
    },

    /** The user's tokens, newest first. */
    async listByUser(userId: string): Promise<AccessToken[]> {
      const rows = await db
        .selectFrom('access_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(tokenOf);
    },

    async findUserByTokenHash(tokenHash: string): Promise<TokenHolder | undefined> {
      const row = await db
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
        .executeTakeFirst();
      if (!row) return undefined;
      const { expires_at: expiresAt, last_used_at: lastUsedAt, ...holder } = row;
      return { ...holder, expiresAt, lastUsedAt };
    },

    async touch(id: string, at: string): Promise<void> {
      await db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },

    delete: async (userId: string, id: string): Promise<boolean> => {
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
