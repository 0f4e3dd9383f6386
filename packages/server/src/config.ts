import { resolve } from 'node:path';
import { z } from 'zod';
import type { StorageChoice } from './modules/storage/storage-factory.ts';
import { ROLES, type Role } from './roles.ts';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** This machine only by default: the first account to sign up administers the instance. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  /** Absent: SQLite in DATA_DIR. `postgres://…`: PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for SQLite)')
    .optional(),
  /** The public address of the app, used for cookies and origin checks. */
  PUBLIC_URL: z.url().optional(),
  /** Signs sessions; generated and kept in DATA_DIR when absent. */
  AUTH_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONTENT_DIR: z.string().optional(),
  /** The coding problems: one folder per problem (default content/problems). */
  PROBLEMS_DIR: z.string().optional(),
  /** The code-review exercises: one YAML file per exercise (default content/reviews). */
  REVIEWS_DIR: z.string().optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** Optional OpenAI-compatible chat endpoint for narrative feedback. */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  /** Optional OpenAI-compatible transcription endpoint; absent: offline PocketSphinx. */
  TRANSCRIBE_BASE_URL: z.url().optional(),
  TRANSCRIBE_API_KEY: z.string().optional(),
  TRANSCRIBE_MODEL: z.string().optional(),
  /** Largest accepted recording upload, in bytes (default 2 GB). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 ** 3),
  /** Recordings one user may keep, in bytes (default 10 GB); new uploads are refused beyond it. */
  RECORDINGS_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 ** 3),
  /** Background jobs: `embedded` (our own table, any database) or `pg-boss` (PostgreSQL only). */
  QUEUE: z.enum(['embedded', 'pg-boss']).default('embedded'),
  /** What this process does: `web` (API), `worker` (background jobs) or `both` (the default, one process). */
  ROLE: z.enum(ROLES).default('both'),
  /** Jobs run at once per process, and worker threads for CPU-heavy work (default: cores minus one). */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Where recordings and uploads in progress live: `local` (DATA_DIR, the default) or `s3` (a bucket). */
  STORAGE: z.enum(['local', 's3']).default('local'),
  /** An S3-compatible server's address (MinIO, Garage…); absent: AWS S3 in S3_REGION. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name (3–63 lowercase letters, digits, dots, hyphens)',
    )
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Absent: the AWS SDK's usual sources (its own environment variables, an instance role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Bucket in the path, not the host name; default true with S3_ENDPOINT (self-hosted servers), else false. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  /** Scrapes of /metrics must send it as a bearer token; unset: only direct connections from this machine. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Addresses or CIDR ranges of the reverse proxies in front (comma-separated), whose X-Forwarded-For is believed.
   * Unset: none, so a client cannot pick its own address by sending the header.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F.:/]+(?:\s*,\s*[0-9a-fA-F.:/]+)*$/, 'must be addresses or CIDR ranges, comma-separated')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  authSecret: string | undefined;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  contentDir: string;
  problemsDir: string;
  reviewsDir: string;
  webDistDir: string;
  llm: { baseUrl: string; apiKey: string | undefined; model: string } | undefined;
  transcription: { baseUrl: string; apiKey: string | undefined; model: string } | undefined;
  uploadMaxBytes: number;
  recordingsQuotaBytes: number;
  queue: { adapter: 'embedded' | 'pg-boss'; concurrency: number | undefined };
  /** What this process does (roles.ts): serve the API, run the background jobs, or both. */
  role: Role;
  /** Proxies whose forwarded client address is believed; empty: the socket's address is the client's. */
  trustedProxies: string[];
  /** The bearer token /metrics asks for; undefined: loopback only. */
  metricsToken: string | undefined;
  /** Recordings and uploads: files in DATA_DIR, or an S3-compatible bucket. */
  storage: StorageChoice;
};

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');

export class ConfigError extends Error {}

function storageChoice(e: z.infer<typeof configSchema>): StorageChoice {
  if (e.STORAGE === 'local' || !e.S3_BUCKET) return { kind: 'local' };
  const credentials =
    e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
      : undefined;
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    credentials,
    forcePathStyle: (e.S3_FORCE_PATH_STYLE ?? String(e.S3_ENDPOINT !== undefined)) === 'true',
  };
}

/** Reads and validates configuration from the environment; throws a readable ConfigError when it is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.STORAGE === 's3' && !e.S3_BUCKET)
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: STORAGE=s3 needs a bucket name');
  if (e.QUEUE === 'pg-boss' && !e.DATABASE_URL)
    throw new ConfigError('Invalid configuration:\n  QUEUE: pg-boss needs PostgreSQL (set DATABASE_URL)');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL,
    authSecret: e.AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    contentDir: resolve(e.CONTENT_DIR ?? resolve(repositoryRoot, 'content', 'questions')),
    problemsDir: resolve(e.PROBLEMS_DIR ?? resolve(repositoryRoot, 'content', 'problems')),
    reviewsDir: resolve(e.REVIEWS_DIR ?? resolve(repositoryRoot, 'content', 'reviews')),
    webDistDir: resolve(e.WEB_DIST_DIR ?? resolve(repositoryRoot, 'packages', 'web', 'dist')),
    llm: e.LLM_BASE_URL
      ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL ?? 'gpt-4o-mini' }
      : undefined,
    transcription: e.TRANSCRIBE_BASE_URL
      ? { baseUrl: e.TRANSCRIBE_BASE_URL, apiKey: e.TRANSCRIBE_API_KEY, model: e.TRANSCRIBE_MODEL ?? 'whisper-1' }
      : undefined,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    recordingsQuotaBytes: e.RECORDINGS_QUOTA_BYTES,
    queue: { adapter: e.QUEUE, concurrency: e.JOB_CONCURRENCY },
    role: e.ROLE,
    trustedProxies: e.TRUST_PROXY ? e.TRUST_PROXY.split(',').map((entry) => entry.trim()) : [],
    metricsToken: e.METRICS_TOKEN,
    storage: storageChoice(e),
  };
}
