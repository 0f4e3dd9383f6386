// Progress page speed: GET /api/v1/progress for a user with 1,000 scored answers (interview answers with their
// follow-ups, and typed answers, over four months), timed on the server through inject (authentication, the
// reads, the core's aggregate and the response's serialization), against a plain indexed read of the same rows
// in the same run. Target: under 300 ms. SQLite by default; --postgres uses a scratch database on the local
// PostgreSQL (TEST_POSTGRES_URL).
//   node bench/progress.bench.ts [--answers 1000] [--runs 20] [--postgres]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAnswer, type Question } from '../packages/core/src/index.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { createDependencies } from '../packages/server/src/composition.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { createScratchPostgres } from '../packages/server/test/helper.ts';

const option = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const ANSWERS = option('--answers', 1000);
const RUNS = option('--runs', 20);
const POSTGRES = process.argv.includes('--postgres');
const DAYS = 120;
const DAY_MS = 86_400_000;

const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-progress-'));
const scratch = POSTGRES ? await createScratchPostgres() : undefined;
const root = join(import.meta.dirname, '..');
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://localhost:3000',
  CONTENT_DIR: join(root, 'content', 'questions'),
  WEB_DIST_DIR: join(dataDir, 'no-web'),
});
const database = openDatabase({ databaseUrl: scratch?.url, dataDir });
const deps = await createDependencies(config, { database, authRateLimit: 100_000 });
const app = await buildApp(deps, { logger: false });
const { db } = database;

const signUp = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/sign-up',
  headers: { origin: 'http://localhost:3000' },
  payload: { email: 'bench@example.com', password: 'correct horse battery', name: 'Bench' },
});
const cookie = [signUp.headers['set-cookie']]
  .flat()
  .map((line) => String(line).split(';')[0])
  .join('; ');
const userId = signUp.json<{ user: { id: string } }>().user.id;

// Real analyses of a few dozen answers (the JSON a real row holds), reused across rows with varied scores.
const bank = (await deps.questions.bank()).questions.filter((q) => q.round !== 'behavioral').slice(0, 40);
const analysed = bank.map((question: Question) => ({
  question,
  analysis: analyzeAnswer(
    question,
    `${question.keyPoints[0]!.evidence[0]} matters here, because ${question.modelAnswer.slice(0, 300)}`,
  ),
}));
const seedStart = performance.now();
const now = Date.now();
let interviewId = randomUUID();
let asked = 0; // interview answers so far: four to an interview
const turns = [];
const typed = [];
for (let i = 0; i < ANSWERS; i++) {
  const { question, analysis } = analysed[i % analysed.length]!;
  const at = new Date(now - Math.floor((i / ANSWERS) * DAYS) * DAY_MS - (i % 7) * 60_000).toISOString();
  const overall = 30 + ((i * 37) % 65);
  const result = JSON.stringify({ ...analysis, scores: { ...analysis.scores, overall }, llm: null });
  if (i % 5 === 4) {
    typed.push({
      id: randomUUID(),
      user_id: userId,
      question_id: question.id,
      answer_text: 'typed',
      overall_score: overall,
      result,
      created_at: at,
    });
    continue;
  }
  const slot = asked++ % 4;
  if (slot === 0) interviewId = randomUUID();
  const turn = `${slot}.0`;
  const base = {
    interview_id: interviewId,
    user_id: userId,
    question_id: question.id,
    prompt: question.prompt,
    mode: 'typed' as const,
  };
  const rest = {
    recording_id: null,
    status: 'analysed' as const,
    spoken: null,
    camera: null,
    error: null,
    created_at: at,
    updated_at: at,
  };
  turns.push({
    id: `${interviewId}:${turn}`,
    turn_id: turn,
    kind: 'question' as const,
    answer_text: 'an answer',
    analysis: result,
    ...base,
    ...rest,
  });
  // A follow-up on every other answer: rows the progress read must skip.
  if (i % 2 === 0)
    turns.push({
      id: `${interviewId}:${slot}.1`,
      turn_id: `${slot}.1`,
      kind: 'follow-up' as const,
      answer_text: 'more',
      analysis: result,
      ...base,
      ...rest,
    });
}
for (let i = 0; i < turns.length; i += 200)
  await db
    .insertInto('interview_turns')
    .values(turns.slice(i, i + 200))
    .execute();
for (let i = 0; i < typed.length; i += 200)
  await db
    .insertInto('analyses')
    .values(typed.slice(i, i + 200))
    .execute();
console.log(
  `${database.dialect}: ${ANSWERS} answers (${turns.length} interview turns with follow-ups, ${typed.length} typed) seeded in ${(performance.now() - seedStart).toFixed(0)} ms`,
);

async function time(runs: number, work: () => Promise<void>) {
  for (let i = 0; i < 3; i++) await work(); // warm: statements prepared, code optimised
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]! };
}

let bytes = 0;
const endpoint = await time(RUNS, async () => {
  const response = await app.inject({ url: '/api/v1/progress?tz=Europe/Berlin', headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`progress: ${response.statusCode} ${response.body}`);
  bytes = response.rawPayload.length;
});
const check = (await app.inject({ url: '/api/v1/progress?tz=Europe/Berlin', headers: { cookie } })).json<{
  totals: { answers: number };
}>();
if (check.totals.answers !== ANSWERS) throw new Error(`progress counted ${check.totals.answers} answers`);

// The baseline: the same rows, read with plain indexed queries and nothing done with them.
const plain = await time(RUNS, async () => {
  await db
    .selectFrom('interview_turns')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'question')
    .where('status', '=', 'analysed')
    .execute();
  await db.selectFrom('analyses').selectAll().where('user_id', '=', userId).execute();
});

console.log(
  `GET /api/v1/progress, ${ANSWERS} answers: median ${endpoint.median.toFixed(1)} ms, p95 ${endpoint.p95.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB (target < 300 ms: ${endpoint.p95 < 300 ? 'met' : 'NOT met'})`,
);
console.log(
  `plain indexed read of the same rows: median ${plain.median.toFixed(1)} ms, p95 ${plain.p95.toFixed(1)} ms`,
);
console.log(`ratio (endpoint / plain read, medians): ${(endpoint.median / plain.median).toFixed(1)}×`);

await app.close();
await deps.close();
await scratch?.drop();
rmSync(dataDir, { recursive: true, force: true });
