import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Secrets survive restarts: generated on first start and kept in the database, unless configured. */
export async function authSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(32).toString('base64url');
  await db
    .insertInto('app_state')
    .values({ key: 'auth-secret', value: generated })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_state')
    .select('value')
    .where('key', '=', 'auth-secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
