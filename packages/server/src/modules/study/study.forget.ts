// Account deletion's part in study mode: review logs, cards and daily limits.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetStudy = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  const trx = executorOf(db, uow);
  await trx.deleteFrom('study_reviews').where('user_id', '=', userId).execute();
  await trx.deleteFrom('study_cards').where('user_id', '=', userId).execute();
  await trx.deleteFrom('study_settings').where('user_id', '=', userId).execute();
};
