// Account deletion's part in the code-review round: the account's submitted reviews.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetReviewSubmissions = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  await executorOf(db, uow).deleteFrom('review_submissions').where('user_id', '=', userId).execute();
};
