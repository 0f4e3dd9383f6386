import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { createDependencies, type DependencyOverrides, type Dependencies } from '../src/composition.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type DialectName } from '../src/db/database.ts';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Which databases the integration tests run on. PostgreSQL is skipped loudly when absent, but required in CI. */
export async function availableDialects(): Promise<DialectName[]> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return ['sqlite', 'postgres'];
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true: ${String(error)}`);
    console.warn(`\n⚠️  PostgreSQL unreachable at ${POSTGRES_ADMIN_URL}: PostgreSQL tests are SKIPPED.\n`);
    return ['sqlite'];
  }
}

/** A fresh, empty PostgreSQL database for one test file; dropped by the returned function. */
export async function createScratchPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `rehearse_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: Dependencies;
  close(): Promise<void>;
}

/** Builds the real app on a fresh database of the given dialect. */
export async function buildTestApp(
  dialect: DialectName = 'sqlite',
  overrides: DependencyOverrides = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-test-'));
  const scratch = dialect === 'postgres' ? await createScratchPostgres() : undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    WEB_DIST_DIR: join(dataDir, 'no-web'),
    ...env,
  });
  const database = openDatabase({ databaseUrl: scratch?.url, dataDir, sqliteFile: scratch ? undefined : ':memory:' });
  const deps = await createDependencies(config, { database, authRateLimit: 1000, ...overrides });
  const app = await buildApp(deps, { logger: false });
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await deps.close();
      await scratch?.drop();
    },
  };
}

export const ORIGIN = { origin: 'http://localhost:3000' };

/** Signs up through the API and returns the session cookie for later requests. */
export async function signUp(
  app: FastifyInstance,
  email = `u${randomBytes(4).toString('hex')}@example.com`,
  password = 'correct horse battery',
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    headers: ORIGIN,
    payload: { email, password, name: 'Test User' },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const cookie = [response.headers['set-cookie']]
    .flat()
    .map((line) => String(line).split(';')[0])
    .join('; ');
  return { cookie, user: response.json<{ user: { id: string; role: string } }>().user, email, password };
}

/** A mid-level concepts interview on databases, started: its first question is being asked (version 1). */
export async function startInterview(app: FastifyInstance, cookie: string): Promise<string> {
  const headers = { ...ORIGIN, cookie };
  const settings = { round: 'concepts', level: 'mid', categories: ['databases'] };
  const created = await app.inject({ method: 'POST', url: '/api/v1/interviews', headers, payload: settings });
  const { id } = created.json<{ id: string }>();
  const started = await app.inject({
    method: 'POST',
    url: `/api/v1/interviews/${id}/events`,
    headers,
    payload: { event: 'start', expectedVersion: 0 },
  });
  if (started.statusCode !== 200) throw new Error(`interview did not start: ${started.statusCode} ${started.body}`);
  return id;
}
