// Account deletion's part in interviews: what was said in them (the events other processes replay, transcripts heard
// live during uploads), their answers, then the interviews. Shares and comments cascade from an interview, but the
// sharing module forgets them first in the same unit of work anyway.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export const forgetInterviews = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  const trx = executorOf(db, uow);
  const interviewsOfUser = trx.selectFrom('interviews').select('id').where('user_id', '=', userId);
  const answersOfUser = trx.selectFrom('interview_turns').select('id').where('user_id', '=', userId);
  await trx.deleteFrom('interview_events').where('interview_id', 'in', interviewsOfUser).execute();
  await trx.deleteFrom('live_transcripts').where('answer_id', 'in', answersOfUser).execute();
  await trx.deleteFrom('interview_turns').where('user_id', '=', userId).execute();
  await trx.deleteFrom('interviews').where('user_id', '=', userId).execute();
};
