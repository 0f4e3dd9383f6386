// Account deletion's part in analyses: the account's analysed practice answers.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetAnalyses = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  await executorOf(db, uow).deleteFrom('analyses').where('user_id', '=', userId).execute();
};
