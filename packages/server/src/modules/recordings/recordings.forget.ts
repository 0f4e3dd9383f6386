// Account deletion's part in recordings. The rows go in the deletion's unit of work; the files only after it
// commits (the returned step), so a rollback never leaves a row whose file is gone. A crash between the two leaves
// files that no row names: unreachable, and never served, since every read starts from a row.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';
import type { ObjectStorage } from '../storage/object-storage.ts';

export const forgetRecordings =
  (db: Kysely<Database>, storage: Pick<ObjectStorage, 'remove'>) => async (userId: string, uow: UnitOfWork) => {
    const trx = executorOf(db, uow);
    const rows = await trx.selectFrom('recordings').select('path').where('user_id', '=', userId).execute();
    await trx.deleteFrom('recordings').where('user_id', '=', userId).execute();
    return async () => {
      for (const { path } of rows) await storage.remove(path);
    };
  };
