// API speed against what it is built on: the real server (server.ts, SQLite in a fresh DATA_DIR, the question
// bank, default log level) and a bare Fastify 5 app serving the same JSON, both started in this run, each in its
// own process. One line per row of issue #12's table: requests per second of the read routes (autocannon, the
// same connections and duration for both), typed feedback for 50 candidates at once against one, cold start to
// healthy, and idle resident memory. Ratios are against the baseline measured here, never absolute goals.
//   node bench/api.bench.ts [--duration 2] [--pairs 5] [--connections 10] [--rounds 3] [--starts 3]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ANSWER } from './spoken-answer.ts';
import {
  cpuMs,
  HEALTH_PATH,
  median,
  percentile,
  rssMb,
  startBare,
  startServer,
  type Started,
} from './api-processes.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const DURATION_S = option('duration', 2);
const PAIRS = option('pairs', 5);
const CONNECTIONS = option('connections', 10);
const ROUNDS = option('rounds', 3);
const STARTS = option('starts', 3);
const CANDIDATES = 50;
const QUESTION_ID = 'idempotency-keys-payments';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A signed-up user with a session cookie, a token for reads and one token per candidate for typed answers. */
async function seed(baseUrl: string) {
  const origin = baseUrl;
  const signUp = await fetch(`${baseUrl}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'correct horse battery', name: 'Bench' }),
  });
  if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  const cookie = signUp.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const token = async (name: string) => {
    const response = await fetch(`${baseUrl}/api/v1/tokens`, {
      method: 'POST',
      headers: { origin, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (response.status !== 201) throw new Error(`token: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  };
  const reader = await token('reads');
  const candidates: string[] = [];
  for (let i = 0; i <= CANDIDATES; i++) candidates.push(await token(`candidate ${i}`));
  return { cookie, reader, candidates };
}

async function fixtures(baseUrl: string, reader: string) {
  const read = async (path: string): Promise<unknown> => {
    const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${reader}` } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  return {
    '/api/v1/questions': await read('/api/v1/questions'),
    [`/api/v1/questions/${QUESTION_ID}`]: await read(`/api/v1/questions/${QUESTION_ID}`),
    [HEALTH_PATH]: await read(HEALTH_PATH),
  };
}

async function load(server: Started, path: string, headers: Record<string, string>) {
  const cpuBefore = await cpuMs(server.child.pid!);
  const result = await autocannon({
    url: server.baseUrl + path,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${path}: ${failed} of ${result.requests.total} requests failed`);
  // The server's own CPU time per request: what the machine's other work cannot inflate as it can req/s.
  const cpuUs = ((await cpuMs(server.child.pid!)) - cpuBefore) * (1000 / result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUs };
}

/** One timed typed answer, as a candidate with their own token sends it. */
async function typedAnswer(baseUrl: string, token: string): Promise<number> {
  const startedAt = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/analyses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ questionId: QUESTION_ID, answer: ANSWER }),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`typed answer: ${response.status}`);
  return performance.now() - startedAt;
}

async function typedFeedback(server: Started, candidates: string[]) {
  const { baseUrl } = server;
  const [single, ...crowd] = candidates;
  await typedAnswer(baseUrl, single!); // warm-up: the worker thread starts and builds its bank index
  const alone: number[] = [];
  for (let i = 0; i < 10; i++) alone.push(await typedAnswer(baseUrl, single!));
  const together: number[] = [];
  const cpuBefore = await cpuMs(server.child.pid!);
  for (let round = 0; round < ROUNDS; round++)
    together.push(...(await Promise.all(crowd.map((token) => typedAnswer(baseUrl, token)))));
  /** The server's CPU time per answer, all threads: 50 of them on N analysis threads take 50 × this ÷ N at best. */
  const cpuPerAnswerMs = ((await cpuMs(server.child.pid!)) - cpuBefore) / together.length;
  return { alone: median(alone), p50: median(together), p95: percentile(together, 95), cpuPerAnswerMs };
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
function row(label: string, app: string, bare: string, ratio: string, goal: string) {
  console.log(`${label.padEnd(36)}${app.padStart(16)}${bare.padStart(16)}${ratio.padStart(9)}   ${goal}`);
}

async function main() {
  const workDir = await mkdtemp(join(tmpdir(), 'rehearse-bench-api-'));
  const dataDir = join(workDir, 'data');
  const running: Started[] = [];
  try {
    // Cold starts: the first on an empty DATA_DIR (migrations, bank import), then restarts on the same data.
    const first = await startServer(dataDir);
    await first.stop();
    const restarts: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const server = await startServer(dataDir);
      restarts.push(server.startMs);
      await server.stop();
    }
    const app = await startServer(dataDir);
    running.push(app);
    await sleep(2000);
    const idleRss = await rssMb(app.child.pid!);

    const { cookie, reader, candidates } = await seed(app.baseUrl);
    const fixtureFile = join(workDir, 'fixtures.json');
    await writeFile(fixtureFile, JSON.stringify(await fixtures(app.baseUrl, reader)));
    const bareStarts: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const bare = await startBare(fixtureFile);
      bareStarts.push(bare.startMs);
      await bare.stop();
    }
    const bare = await startBare(fixtureFile);
    running.push(bare);
    await sleep(500);
    const bareRss = await rssMb(bare.child.pid!);

    console.log(
      `autocannon: ${CONNECTIONS} connections, ${DURATION_S} s runs, bare and app alternated ${PAIRS} times ` +
        `(best of each); Node ${process.version}`,
    );
    row('measure', 'rehearse', 'bare Fastify', 'ratio', 'goal');
    const token = { authorization: `Bearer ${reader}` };
    const reads: [string, string, Record<string, string>][] = [
      ['GET question list, token', '/api/v1/questions', token],
      ['GET question list, cookie', '/api/v1/questions', { cookie }],
      ['GET one question, token', `/api/v1/questions/${QUESTION_ID}`, token],
      ['GET health', HEALTH_PATH, {}],
    ];
    for (const [label, path, headers] of reads) {
      // Alternated, the best of each: other work on the machine only ever slows a run down.
      const runs: { bare: Awaited<ReturnType<typeof load>>[]; app: Awaited<ReturnType<typeof load>>[] } = {
        bare: [],
        app: [],
      };
      for (let pair = 0; pair < PAIRS; pair++) {
        runs.bare.push(await load(bare, path, headers));
        runs.app.push(await load(app, path, headers));
      }
      const best = (list: typeof runs.app) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
      const [baseline, measured] = [best(runs.bare), best(runs.app)];
      const cpu = (list: typeof runs.app) => median(list.map((run) => run.cpuUs));
      row(
        label,
        `${fixed(measured.rps)} req/s`,
        `${fixed(baseline.rps)} req/s`,
        `${fixed(measured.rps / baseline.rps, 3)}×`,
        `≥ 0.5×   (server CPU per request ${fixed(cpu(runs.app))} vs ${fixed(cpu(runs.bare))} µs: ` +
          `${fixed(cpu(runs.bare) / cpu(runs.app), 3)}×; p50/p99 ${measured.p50}/${measured.p99} ms)`,
      );
    }

    const typed = await typedFeedback(app, candidates);
    row(
      `typed feedback, ${CANDIDATES} at once vs 1, p50`,
      `${fixed(typed.p50)} ms`,
      `${fixed(typed.alone)} ms`,
      `${fixed(typed.p50 / typed.alone, 1)}×`,
      `≤ 4×     (one alone in the baseline column; ${ROUNDS} rounds)`,
    );
    row(
      `typed feedback, ${CANDIDATES} at once, p95`,
      `${fixed(typed.p95)} ms`,
      '',
      '',
      `≤ 250 ms (server CPU per answer ${fixed(typed.cpuPerAnswerMs, 1)} ms, all threads; ` +
        `${availableParallelism()} cores, ${Math.max(1, availableParallelism() - 1)} analysis thread(s))`,
    );

    const coldApp = median(restarts);
    const coldBare = median(bareStarts);
    row(
      'cold start to healthy (restart)',
      `${fixed(coldApp)} ms`,
      `${fixed(coldBare)} ms`,
      `${fixed(coldApp / coldBare, 1)}×`,
      `≤ 6×     (median of ${STARTS})`,
    );
    row(
      'first start, empty DATA_DIR',
      `${fixed(first.startMs)} ms`,
      `${fixed(coldBare)} ms`,
      `${fixed(first.startMs / coldBare, 1)}×`,
      '(migrations and the bank import)',
    );
    row('idle RSS after start', `${fixed(idleRss)} MB`, `${fixed(bareRss)} MB`, '', '≤ 180 MB');
    await sleep(2000);
    row('idle RSS after the load above', `${fixed(await rssMb(app.child.pid!))} MB`, '', '', '');
  } finally {
    for (const started of running) await started.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
