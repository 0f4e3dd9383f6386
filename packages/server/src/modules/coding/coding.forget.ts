// Account deletion's part in the coding round: the account's attempts.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetCodeAttempts = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  await executorOf(db, uow).deleteFrom('code_attempts').where('user_id', '=', userId).execute();
};
