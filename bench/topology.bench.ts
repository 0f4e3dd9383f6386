// The scaled deployment's throughput and latency, in one run: typed and spoken answers analysed per minute with 1
// and 2 worker processes on the loopback topology (scripts/topology.ts: PostgreSQL, the S3 server, web processes behind
// a round-robin proxy; each worker runs one job at a time, so the ratio shows what a second worker adds), and the
// time from the end of an answer (its submission) to its feedback (the event stream announces the analysis) on
// the topology against the embedded default (one process, SQLite), answer by answer. Workers hear of new jobs
// through PostgreSQL's NOTIFY (jobs.repository.ts), not at their next poll. A spoken answer is a few seconds of
// flite's speech (WAV) uploaded with tus to the S3 bucket; its worker fetches it and transcribes it (PocketSphinx).
//   node bench/topology.bench.ts [--answers 60] [--spoken 8] [--latency 8]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Candidate, SPOKEN_ANSWERS, spokenRecordings, type View } from '../packages/server/test/topology-candidate.ts';
import { serverNodeArgs } from '../scripts/node-ts.js';
import { startTopology, type Topology } from '../scripts/topology.ts';

const option = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const BATCH = option('--answers', 60);
const SPOKEN_BATCH = option('--spoken', 8);
const LATENCY_ANSWERS = option('--latency', 8);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Candidates signed up with an interview waiting for their answer (set up before anything is timed). */
async function ready(base: string, count: number, offset: number): Promise<{ candidate: Candidate; view: View }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const candidate = new Candidate(base, offset + index);
      await candidate.signUp();
      return { candidate, view: await candidate.startInterview() };
    }),
  );
}

/** How a candidate answers: typed, or spoken from one of these recordings (in turn). */
type Answering = { count: number; recordings?: Buffer[] };

/**
 * Answers per minute of the running workers: they are frozen (SIGSTOP) while every candidate answers (a spoken
 * answer's upload included), so the jobs wait, then thawed (SIGCONT) at once; the clock runs from the thaw until
 * all the answers are analysed.
 */
async function throughput(topology: Topology, offset: number, answering: Answering): Promise<number> {
  const { count, recordings } = answering;
  const waiting = await ready(topology.url, count, offset);
  const db = new pg.Client({ connectionString: topology.databaseUrl });
  await db.connect();
  const unfinished = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          "select count(*) as n from jobs where type = 'analyse-turn' and status <> 'succeeded'",
        )
      ).rows[0]?.n,
    );
  for (const worker of topology.workers) worker.child.kill('SIGSTOP');
  await Promise.all(
    waiting.map(({ candidate, view }, index) =>
      recordings ? candidate.answerSpoken(view, recordings[index % recordings.length]!) : candidate.answer(view),
    ),
  );
  const started = performance.now();
  for (const worker of topology.workers) worker.child.kill('SIGCONT');
  while ((await unfinished()) > 0) await sleep(10);
  const minutes = (performance.now() - started) / 60_000;
  await db.end();
  return count / minutes;
}

/** Milliseconds from each answer's submission to its event stream announcing the analysis, one after another. */
async function latencies(base: string, offset: number): Promise<number[]> {
  const waiting = await ready(base, LATENCY_ANSWERS, offset);
  const times: number[] = [];
  for (const { candidate, view } of waiting) {
    const listening = new AbortController();
    await new Promise<void>((connected) => void candidate.listen(view.id, listening.signal, connected));
    const submitted = performance.now();
    await candidate.answer(view);
    while (!candidate.updates.some((update) => update.reason === 'turn-analysed')) await sleep(2);
    times.push(performance.now() - submitted);
    listening.abort();
  }
  return times;
}

async function embedded(): Promise<{ base: string; stop: () => void }> {
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-embedded-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: base,
    LOG_LEVEL: 'warn',
  };
  const script = join(import.meta.dirname, '..', 'packages', 'server', 'src', 'server.ts');
  const child = spawn(process.execPath, [...serverNodeArgs(), script], { env, stdio: 'ignore' });
  for (;;) {
    const up = await fetch(`${base}/api/v1/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    await sleep(100);
  }
  return { base, stop: () => void child.kill('SIGTERM') };
}

const [topology, recordings] = await Promise.all([
  startTopology({ webs: 2, workers: 2, env: { JOB_CONCURRENCY: '1' } }),
  spokenRecordings(SPOKEN_ANSWERS),
]);
const typed = { count: BATCH };
const spoken = { count: SPOKEN_BATCH, recordings };
try {
  const topologyLatency = await latencies(topology.url, 0);
  // Each worker's first analysis sends the question bank to its worker thread, and its first transcription reads
  // the speech models: a batch of each warms both first.
  await throughput(topology, 300, typed);
  await throughput(topology, 400, { count: 4, recordings });
  const two = await throughput(topology, 100, typed);
  const twoSpoken = await throughput(topology, 500, spoken);
  await topology.kill(topology.workers[1]!, 'SIGTERM');
  const one = await throughput(topology, 200, typed);
  const oneSpoken = await throughput(topology, 600, spoken);
  const single = await embedded();
  let embeddedLatency: number[] = [];
  try {
    embeddedLatency = await latencies(single.base, 0);
  } finally {
    single.stop();
  }
  console.log(`typed answers analysed per minute (${BATCH} waiting, one job at a time per worker):`);
  console.log(`  1 worker   ${one.toFixed(0)}/min`);
  console.log(`  2 workers  ${two.toFixed(0)}/min   ratio ${(two / one).toFixed(2)}× (ideal 2×)`);
  console.log(`spoken answers analysed per minute (${SPOKEN_BATCH} waiting, a few seconds of speech each):`);
  console.log(`  1 worker   ${oneSpoken.toFixed(1)}/min`);
  console.log(`  2 workers  ${twoSpoken.toFixed(1)}/min   ratio ${(twoSpoken / oneSpoken).toFixed(2)}× (ideal 2×)`);
  console.log(`end of a typed answer to its feedback (median of ${LATENCY_ANSWERS}, one after another):`);
  console.log(`  embedded (one process, SQLite)          ${median(embeddedLatency).toFixed(0)} ms`);
  console.log(
    `  topology (2 web + 2 worker, PostgreSQL)  ${median(topologyLatency).toFixed(0)} ms   ratio ${(median(topologyLatency) / median(embeddedLatency)).toFixed(2)}×`,
  );
} finally {
  await topology.stop();
}
