// The OpenAPI document without a running server: the app built on a throwaway in-memory database, asked for the
// document its routes generate, and closed. Used by `npm run api:types`, `npm run api:lint` and the contract test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { createDependencies } from './composition.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-openapi-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', WEB_DIST_DIR: join(dataDir, 'no-web') });
    const database = openDatabase({ databaseUrl: undefined, dataDir, sqliteFile: ':memory:' });
    const deps = await createDependencies(config, { database, skipContent: true });
    try {
      const app = await buildApp(deps, { logger: false });
      await app.ready();
      const document = app.swagger() as unknown as Record<string, unknown>;
      await app.close();
      return document;
    } finally {
      await deps.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
