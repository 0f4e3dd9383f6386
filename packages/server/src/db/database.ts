import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Overrides the SQLite file (":memory:" in tests). */
  sqliteFile?: string;
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const db = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options);
  const dialect: DialectName = options.databaseUrl ? 'postgres' : 'sqlite';
  return { db, dialect, close: () => db.destroy() };
}

function openSqlite(options: DatabaseOptions): Kysely<Database> {
  let file = options.sqliteFile;
  if (!file) {
    mkdirSync(options.dataDir, { recursive: true });
    file = join(options.dataDir, 'rehearse.sqlite');
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 runs on the event loop, and FULL waits for the disk at every commit: 3–5 ms of a stalled server
  // per write (a typed answer, a job's every step). NORMAL is WAL's recommended setting: never corrupt, and a
  // commit is lost only if the machine itself loses power before the next checkpoint, never when the app crashes.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
}

/** Statements kept per SQL text; the least recently used beyond this many are dropped. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query it runs; preparing costs more than running a small query. This database hands back
 * the statement already prepared for the same SQL (a statement runs to completion before the next one starts:
 * Kysely calls all() or run(), and we never stream from SQLite).
 */
export function reusingStatements(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else statement = sqlite.prepare(text);
      statements.set(text, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

function openPostgres(connectionString: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that the server drops (a restart, a terminated backend) emits an error; unhandled, it would
  // end the process. The pool has already discarded that client, and the next query opens a fresh one.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'rehearse_migrations' });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
}

/**
 * A ping answered from the last one while it is younger than `maxAgeMs`, and shared by the calls made while one is
 * under way: health checks polled by load balancers and monitors cost no query each (a round trip on PostgreSQL),
 * and an unreachable database is still reported within `maxAgeMs`.
 */
export function pingAtMostEvery(
  ping: () => Promise<boolean>,
  maxAgeMs = 1000,
  now: () => number = () => performance.now(),
): () => Promise<boolean> {
  let last: { at: number; result: Promise<boolean> } | undefined;
  return () => {
    if (last && now() - last.at < maxAgeMs) return last.result;
    const result = ping();
    last = { at: now(), result };
    return result;
  };
}

export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
