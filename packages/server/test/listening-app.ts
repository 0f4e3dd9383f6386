import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as tus from 'tus-js-client';
import { buildApp } from '../src/app.ts';
import { createDependencies, type DependencyOverrides, type Dependencies } from '../src/composition.ts';
import { loadConfig } from '../src/config.ts';
import type { DialectName } from '../src/db/database.ts';
import { createScratchPostgres } from './helper.ts';

export const TRUSTED_ORIGIN = 'http://localhost:3000';

/** Where an app keeps its state: a data folder and, on PostgreSQL, a scratch database. Reused across restarts. */
export interface AppStorage {
  dataDir: string;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

export async function createAppStorage(dialect: DialectName): Promise<AppStorage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-uploads-'));
  const scratch = dialect === 'postgres' ? await createScratchPostgres() : undefined;
  return { dataDir, databaseUrl: scratch?.url, drop: scratch?.drop ?? (() => Promise.resolve()) };
}

export interface ListeningApp {
  app: FastifyInstance;
  deps: Dependencies;
  baseUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** The real app on a real port (tus clients speak HTTP), with SQLite in the data folder or PostgreSQL. */
export async function startListeningApp(
  storage: AppStorage,
  options: { env?: Record<string, string>; overrides?: DependencyOverrides; port?: number } = {},
): Promise<ListeningApp> {
  const config = loadConfig({
    DATA_DIR: storage.dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: TRUSTED_ORIGIN,
    WEB_DIST_DIR: join(storage.dataDir, 'no-web'),
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
    ...options.env,
  });
  const deps = await createDependencies(config, { authRateLimit: 1000, skipContent: true, ...options.overrides });
  const app = await buildApp(deps, { logger: false });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    deps,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await deps.close();
    },
  };
}

export interface RunningUpload {
  upload: tus.Upload;
  done: Promise<void>;
}

/** Starts a tus upload and exposes its completion as a promise. */
export function startUpload(source: Buffer | NodeJS.ReadableStream, options: tus.UploadOptions): RunningUpload {
  let upload!: tus.Upload;
  const done = new Promise<void>((resolve, reject) => {
    upload = new tus.Upload(source as Buffer, {
      retryDelays: null,
      ...options,
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    });
  });
  upload.start();
  return { upload, done };
}
