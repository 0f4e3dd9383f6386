import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DialectName } from '../../db/database.ts';

export const ROLES = ['candidate', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const asRole = (value: unknown): Role => (value === 'admin' || value === 'coach' ? value : 'candidate');

/** The account as our API shows it, from better-auth's user record. */
export const presentUser = (user: { id: string; email: string; name: string; role?: unknown }) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: asRole(user.role),
});

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export interface AuthOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  secret: string;
  baseUrl: string;
}

export function createAuth({ db, dialect, secret, baseUrl }: AuthOptions) {
  return betterAuth({
    appName: 'Rehearse',
    baseURL: baseUrl,
    secret,
    database: { db, type: dialect },
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'candidate', input: false },
      },
    },
    // Rate limits and the origin (CSRF) check are enforced once, at our HTTP edge, for every route alike.
    rateLimit: { enabled: false },
    advanced: {
      disableCSRFCheck: true,
      useSecureCookies: baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    databaseHooks: {
      user: {
        create: {
          // The first account of a fresh install administers it.
          before: async (user) => {
            const existing = await db.selectFrom('user').select('id').limit(1).executeTakeFirst();
            return { data: { ...user, role: existing ? 'candidate' : 'admin' } };
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

export async function migrateAuth(auth: Auth): Promise<void> {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}
