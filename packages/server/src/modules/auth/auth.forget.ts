// better-auth's part in account deletion: the stored password (checked before anything goes), then the sessions,
// the sign-in methods and the user record, deleted through the database in the deletion's unit of work rather
// than by better-auth's own deleteUser, which would commit on its own.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';
import type { Auth } from './auth.ts';

// better-auth's tables as far as deletion reads them.
type AuthTables = {
  session: { id: string; userId: string };
  account: { id: string; userId: string; providerId: string; password: string | null };
};

export function createAuthAccounts(database: Kysely<Database>, auth: Auth) {
  const db = database.withTables<AuthTables>();
  return {
    /** Whether the account signs in with a password at all, and if so whether this is it. */
    async checkPassword(userId: string, password: string | undefined): Promise<'matches' | 'wrong' | 'none'> {
      const row = await db
        .selectFrom('account')
        .select('password')
        .where('userId', '=', userId)
        .where('providerId', '=', 'credential')
        .executeTakeFirst();
      if (!row?.password) return 'none';
      if (password === undefined) return 'wrong';
      const { password: hasher } = await auth.$context;
      return (await hasher.verify({ hash: row.password, password })) ? 'matches' : 'wrong';
    },

    async forget(userId: string, uow: UnitOfWork) {
      const trx = executorOf(database, uow).withTables<AuthTables>();
      await trx.deleteFrom('session').where('userId', '=', userId).execute();
      await trx.deleteFrom('account').where('userId', '=', userId).execute();
      await trx.deleteFrom('user').where('id', '=', userId).execute();
    },
  };
}

export type AuthAccounts = ReturnType<typeof createAuthAccounts>;
