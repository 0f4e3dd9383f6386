// Account deletion's part in tokens: every access token of the account, in the deletion's unit of work.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetTokens = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  await executorOf(db, uow).deleteFrom('access_tokens').where('user_id', '=', userId).execute();
};
