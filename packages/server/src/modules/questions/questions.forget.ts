// Account deletion's part in the bank: the questions the account wrote itself (the shared bank has no owner).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetOwnQuestions = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  await executorOf(db, uow).deleteFrom('questions').where('owner_id', '=', userId).execute();
};
