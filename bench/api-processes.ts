// The processes the API benchmark measures: the real server (packages/server/src/server.ts, as `npm start` runs
// it) and a bare Fastify 5 app serving the same JSON, each in a child process of its own, timed from spawn to
// its first healthy answer, and their resident memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { serverNodeArgs } from '../scripts/node-ts.js';

const SERVER_ENTRY = join(import.meta.dirname, '..', 'packages', 'server', 'src', 'server.ts');
const BARE_ENTRY = join(import.meta.dirname, 'api-bare.ts');
export const HEALTH_PATH = '/api/v1/health';

export interface Started {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  /** From spawn to the first 200 on the health route. */
  startMs: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Extra node arguments for the children (e.g. --cpu-prof), from API_BENCH_NODE_ARGS. */
const nodeArgs = (process.env.API_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

async function start(entry: string, args: string[], env: Record<string, string>, port: number): Promise<Started> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...serverNodeArgs(), ...nodeArgs, entry, ...args], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // What it says on stderr (the startup notice, or why it failed) is shown only if it never becomes healthy.
  let said = '';
  child.stderr.on('data', (chunk: Buffer) => void (said += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before it was healthy:\n${said}`))),
  );
  exited.catch(() => {});
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    const healthy = await fetch(baseUrl + HEALTH_PATH).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 5)), exited]);
  }
  const startMs = performance.now() - startedAt;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  };
  return { child, port, baseUrl, startMs, stop };
}

/** The real server, as deployed: SQLite in dataDir, the question bank, the job queue, default log level. */
export async function startServer(dataDir: string, port?: number): Promise<Started> {
  const listenOn = port ?? (await freePort());
  return start(SERVER_ENTRY, [], { DATA_DIR: dataDir, HOST: '127.0.0.1' }, listenOn);
}

/**
 * Fastify 5 with nothing registered but routes answering the JSON in `fixtureFile` (path → body), with Node's
 * compile cache as the real server has it (in its data folder), so that cold starts compare like with like.
 */
export async function startBare(fixtureFile: string): Promise<Started> {
  const cache = join(dirname(fixtureFile), 'bare-compile-cache');
  return start(BARE_ENTRY, [fixtureFile], { NODE_COMPILE_CACHE: cache }, await freePort());
}

/** Resident memory of a process, in MB. */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time a process has used so far (user and system, all its threads), in ms. */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces, in parentheses): utime and stime are 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ, 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
