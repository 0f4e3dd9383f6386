// Changes that must commit together (an interview's new state, the answer it recorded, and the job that will
// analyse it) go through one unit of work. Services hold it as an opaque value and hand it to repositories and
// ports; only adapters (repositories, the job queue's wiring) see the database transaction inside.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

declare const unitOfWork: unique symbol;

/** An open transaction, opaque outside the database layer. */
export interface UnitOfWork {
  readonly [unitOfWork]: true;
}

/** Runs `work` in one transaction; its changes commit when it resolves and roll back when it throws. */
export type RunInUnitOfWork = <T>(work: (uow: UnitOfWork) => Promise<T>) => Promise<T>;

export const unitsOfWork =
  (db: Kysely<Database>): RunInUnitOfWork =>
  (work) =>
    db.transaction().execute((trx) => work(trx as unknown as UnitOfWork));

/** The transaction inside a unit of work, for adapters; the database itself when there is none. */
export const executorOf = (db: Kysely<Database>, uow: UnitOfWork | undefined): Kysely<Database> =>
  uow ? (uow as unknown as Transaction<Database>) : db;

/** The transaction inside a unit of work, for adapters that take one (the job queue's enqueue). */
export const transactionOf = (uow: UnitOfWork): Transaction<Database> => uow as unknown as Transaction<Database>;
