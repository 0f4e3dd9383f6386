// The scaled deployment on loopback, from the checkout: a fresh PostgreSQL database on the machine's server (a
// scratch database as the tests make them, from TEST_POSTGRES_URL), an S3-compatible server (scripts/s3-server.ts),
// web and worker processes started as `npm start` and `npm run start:worker` start them, and a round-robin reverse
// proxy in front of the web processes. The same topology as compose.yaml, for the topology test and benchmark.
// Usage: node scripts/topology.ts [webs] [workers]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchPostgres } from '../packages/server/test/helper.ts';
import { serverNodeArgs } from './node-ts.js';
import { startS3Server, type S3Server } from './s3-server.ts';
import { startProxy, type Proxy } from './topology-proxy.ts';

const ROOT = join(import.meta.dirname, '..');
const ENTRY = { web: 'server.ts', worker: 'worker.ts' } as const;

export interface RoleProcess {
  role: 'web' | 'worker';
  port: number;
  child: ChildProcess;
  exited: Promise<void>;
}

export interface TopologyOptions {
  webs?: number;
  workers?: number;
  /** Background jobs' queue (default embedded: leases in the jobs table, shared by every worker). */
  queue?: 'embedded' | 'pg-boss';
  /** More settings for every process (JOB_CONCURRENCY, TRANSCRIBE_BASE_URL…). */
  env?: Record<string, string>;
}

export interface Topology {
  /** The proxy: the address browsers use. */
  url: string;
  databaseUrl: string;
  s3: S3Server;
  webs: RoleProcess[];
  workers: RoleProcess[];
  startWeb(): Promise<RoleProcess>;
  startWorker(): Promise<RoleProcess>;
  /** Kills a process with a signal (SIGKILL: as a crash) and, for a web process, takes it out of the proxy. */
  kill(process: RoleProcess, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function untilReady(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process on port ${port} exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`process on port ${port} was not ready within ${timeoutMs} ms`);
}

export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const database = await createScratchPostgres();
  const s3 = await startS3Server({ bucket: `rehearse-${randomBytes(4).toString('hex')}` });
  const proxy: Proxy = await startProxy([]);
  const authSecret = randomBytes(32).toString('base64url');
  const webs: RoleProcess[] = [];
  const workers: RoleProcess[] = [];

  async function start(role: 'web' | 'worker'): Promise<RoleProcess> {
    const port = await freePort();
    const env = {
      ...process.env,
      ...s3.env,
      ROLE: role,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), `rehearse-${role}-`)),
      PUBLIC_URL: proxy.url,
      AUTH_SECRET: authSecret,
      TRUST_PROXY: '127.0.0.1',
      QUEUE: options.queue ?? 'embedded',
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    const script = join(ROOT, 'packages', 'server', 'src', ENTRY[role]);
    const child = spawn(process.execPath, [...serverNodeArgs(), script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await untilReady(port, child);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${role} did not start: ${String(error)}\n${stderr}`);
    }
    const started = { role, port, child, exited };
    (role === 'web' ? webs : workers).push(started);
    if (role === 'web') proxy.setUpstreams(webs.map((web) => web.port));
    return started;
  }

  // The first process migrates the fresh database; the others then start side by side.
  await start('web');
  await Promise.all([
    ...Array.from({ length: (options.webs ?? 2) - 1 }, () => start('web')),
    ...Array.from({ length: options.workers ?? 2 }, () => start('worker')),
  ]);

  const kill = async (target: RoleProcess, signal: NodeJS.Signals = 'SIGKILL') => {
    const list = target.role === 'web' ? webs : workers;
    list.splice(list.indexOf(target), 1);
    if (target.role === 'web') proxy.setUpstreams(webs.map((web) => web.port));
    target.child.kill(signal);
    await target.exited;
  };

  return {
    url: proxy.url,
    databaseUrl: database.url,
    s3,
    webs,
    workers,
    startWeb: () => start('web'),
    startWorker: () => start('worker'),
    kill,
    async stop() {
      await Promise.all([...webs, ...workers].map((target) => kill(target, 'SIGTERM')));
      await proxy.stop();
      await s3.stop();
      await database.drop();
    },
  };
}

if (import.meta.main) {
  const topology = await startTopology({ webs: Number(process.argv[2] ?? 2), workers: Number(process.argv[3] ?? 2) });
  console.log(`Rehearse on ${topology.url}: ${topology.webs.length} web, ${topology.workers.length} worker processes`);
  console.log(`PostgreSQL ${topology.databaseUrl}, S3 ${topology.s3.endpoint} (bucket ${topology.s3.bucket})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void topology.stop().then(() => process.exit(0)));
}
