// Fuzzing the API: every operation of the OpenAPI document gets malformed path parameters, query strings, bodies
// and headers, signed in and not. Nothing may answer 5xx, and every error must be a problem document. Seeded and
// bounded: `npm test` runs a small number of cases; a longer run by hand:
//   FUZZ_CASES=20000 FUZZ_SEED=7 npx vitest run --project integration packages/server/test/fuzz.int.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { indexingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();
const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const ODD_STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '0.0',
  '-1',
  '1e309',
  'null',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '\u0000',
  '😀'.repeat(50),
  '{"a":1}',
  'database-indexes',
  '00000000-0000-0000-0000-000000000000',
];

function oddValue(random: ReturnType<typeof generator>, depth = 0): unknown {
  const kind = random.pick(['string', 'number', 'bool', 'null', 'array', 'object', 'huge'] as const);
  if (kind === 'string') return random.pick(ODD_STRINGS);
  if (kind === 'number') return random.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -1e308, 3650, 3651]);
  if (kind === 'bool') return random.next() < 0.5;
  if (kind === 'null') return null;
  if (kind === 'huge') return 'x'.repeat(Math.floor(random.next() * 30_000));
  if (depth > 2) return 'deep';
  if (kind === 'array') return Array.from({ length: Math.floor(random.next() * 4) }, () => oddValue(random, depth + 1));
  const keys = ['name', 'text', 'answer', 'questionId', 'event', 'role', 'turnId', 'mode', 'expectedVersion', 'scope'];
  return Object.fromEntries(
    Array.from({ length: Math.floor(random.next() * 5) }, () => [random.pick(keys), oddValue(random, depth + 1)]),
  );
}

describe.each(dialects)('fuzzing the API on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    // As in a running app: the queue runs, so readiness answers 200 and a 503 from it would be a real failure.
    await t.deps.queue.start();
    await t.deps.questions.syncBank([indexingQuestion], { retireMissing: true });
    ({ cookie } = await signUp(t.app));
  });
  afterAll(async () => t.close());

  it(`answers ${CASES} malformed requests (seed ${SEED}) without a 5xx, each error a problem document`, async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operations = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })))
      // A stream stays open by design; its refusals are covered by the matrix.
      .filter((op) => !op.path.endsWith('/stream'));
    const random = generator(SEED);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const op = random.pick(operations);
      const url =
        op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(random.pick(ODD_STRINGS)).slice(0, 300) || 'x') +
        (random.next() < 0.3
          ? `?${random.pick(['limit', 'cursor', 'q', 'level'])}=${encodeURIComponent(random.pick(ODD_STRINGS))}`
          : '');
      const headers: Record<string, string> = { ...ORIGIN };
      if (random.next() < 0.7) headers.cookie = cookie;
      if (random.next() < 0.2)
        headers['content-type'] = random.pick(['text/plain', 'application/json', 'application/offset+octet-stream']);
      if (op.path.startsWith('/files')) {
        headers['tus-resumable'] = random.pick(['1.0.0', '0.2', '']);
        headers['upload-offset'] = random.pick(['0', '-5', 'abc', '99999999999999999999']);
        if (random.next() < 0.5) headers['upload-length'] = random.pick(['10', '-1', 'nan', '1e30']);
      }
      const withBody = op.method !== 'GET' && op.method !== 'HEAD' && op.method !== 'OPTIONS' && random.next() < 0.8;
      const response = await t.app.inject({
        method: op.method as 'GET',
        url,
        headers,
        ...(withBody ? { payload: JSON.stringify(oddValue(random)) } : {}),
      });
      const label = `#${i} ${op.method} ${url.slice(0, 120)} → ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(label);
      else if (
        response.statusCode >= 400 &&
        op.method !== 'HEAD' &&
        !String(response.headers['content-type']).startsWith('application/problem+json')
      )
        failures.push(`${label} as ${response.headers['content-type']}`);
    }
    expect(failures).toEqual([]);
  });
});
