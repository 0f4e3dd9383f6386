// The coding round through the API on both databases: problems without their hidden tests, a run and a submit
// checked by the background job on a worker thread, history owner-only, bad input refused without changing
// anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';

const dialects = await availableDialects();

const GOOD = `export class LRUCache {
  #entries = new Map();
  #capacity;

  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.#capacity = capacity;
  }

  get(key) {
    if (!this.#entries.has(key)) return -1;
    const value = this.#entries.get(key);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  put(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value);
  }
}
`;

interface Attempt {
  id: string;
  status: string;
  report: null | {
    scores: { correctness: number; overall: number };
    tests: { visible: { passed: number; total: number }; hidden: { passed: number; total: number } };
    results: Array<{ group: string; passed: boolean; expected?: unknown; actual?: unknown }>;
    stopped: null | { reason: string };
  };
  debrief: null | { followUps: string[]; questions: Array<{ id: string; prompt: string }>; answers: unknown[] };
}

describe.each(dialects)('the coding round on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let strangerCookie: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.queue.start();
    cookie = (await signUp(t.app)).cookie;
    strangerCookie = (await signUp(t.app)).cookie;
  });
  afterAll(async () => t.close());

  const post = (url: string, payload: object, as = cookie) =>
    t.app.inject({ method: 'POST', url, headers: { ...ORIGIN, cookie: as }, payload });
  const settled = async (id: string, as = cookie): Promise<Attempt> => {
    for (let i = 0; i < 200; i++) {
      const attempt = (
        await t.app.inject({ url: `/api/v1/code-attempts/${id}`, headers: { cookie: as } })
      ).json<Attempt>();
      if (attempt.status !== 'queued') return attempt;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the attempt was never checked');
  };

  it('lists the problems and shows one without its hidden tests or reference', async () => {
    const list = (await t.app.inject({ url: '/api/v1/problems?level=mid', headers: { cookie } })).json<{
      items: Array<{ id: string; level: string }>;
    }>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p) => p.level === 'mid')).toBe(true);
    const problem = await t.app.inject({ url: '/api/v1/problems/lru-cache', headers: { cookie } });
    expect(problem.statusCode).toBe(200);
    const text = problem.body;
    expect(text).toContain('visibleTests');
    expect(text).not.toContain('hidden"');
    expect(text).not.toContain('#entries');
    expect(text).not.toContain('followUps');
  });

  it('runs the visible tests and a custom input answered by the reference too', async () => {
    const response = await post('/api/v1/problems/lru-cache/attempts', {
      language: 'javascript',
      source: GOOD,
      mode: 'run',
      customInputs: ['[["new", 1], ["put", 5, 50], ["get", 5]]'],
    });
    expect(response.statusCode).toBe(202);
    const attempt = await settled(response.json<Attempt>().id);
    expect(attempt.status).toBe('done');
    expect(attempt.report?.tests.visible).toEqual({ passed: 2, total: 2 });
    expect(attempt.report?.tests.hidden.total).toBe(0);
    const custom = attempt.report?.results.find((r) => r.group === 'custom');
    expect(custom).toMatchObject({ passed: true, expected: [null, null, 50], actual: [null, null, 50] });
    expect(attempt.debrief).toBeNull();
  });

  it('submits, scores every test and adds the debrief', async () => {
    const response = await post('/api/v1/problems/lru-cache/attempts', { language: 'javascript', source: GOOD });
    const attempt = await settled(response.json<Attempt>().id);
    expect(attempt.report?.scores.correctness).toBe(100);
    expect(attempt.report?.tests.hidden.passed).toBe(attempt.report?.tests.hidden.total);
    expect(attempt.debrief?.followUps.length).toBeGreaterThan(1);
    const history = (await t.app.inject({ url: '/api/v1/problems/lru-cache/attempts', headers: { cookie } })).json<{
      items: Attempt[];
    }>();
    expect(history.items.length).toBeGreaterThanOrEqual(2);

    // The interviewer's questions after the submit: answered by typing, analysed, kept with the attempt.
    const complexity = attempt.debrief?.questions.find((q) => q.id.endsWith('--complexity'));
    expect(complexity?.prompt).toContain('complexity');
    const answer = (text: string) =>
      post(`/api/v1/code-attempts/${attempt.id}/follow-ups`, { followUpId: complexity!.id, answer: text });
    const strong = await answer(
      'Both get and put are O(1): the Map finds a key by its hash and keeps insertion order, so moving a key to the end and evicting the first key are constant time. Space is O(capacity) for the entries.',
    );
    expect(strong.statusCode).toBe(200);
    const weak = await answer('It is quick enough I guess, I did not really think about it.');
    const scoreOf = (r: typeof strong) =>
      r.json<{ analysis: { scores: { overall: number } } }>().analysis.scores.overall;
    expect(scoreOf(strong)).toBeGreaterThan(scoreOf(weak) + 30);
    const kept = await settled(attempt.id);
    expect(kept.debrief?.answers).toHaveLength(1);
  });

  it('asks follow-up questions only after a checked submit', async () => {
    const run = await settled(
      (
        await post('/api/v1/problems/lru-cache/attempts', { language: 'javascript', source: GOOD, mode: 'run' })
      ).json<Attempt>().id,
    );
    const response = await post(`/api/v1/code-attempts/${run.id}/follow-ups`, {
      followUpId: 'lru-cache--complexity',
      answer: 'O(1) each.',
    });
    expect(response.statusCode).toBe(409);
  });

  it('stops an escaping attempt with its reason and keeps it from other users', async () => {
    const response = await post('/api/v1/problems/lru-cache/attempts', {
      language: 'typescript',
      source: 'export class LRUCache { constructor() { for (;;) {} } }',
    });
    const attempt = await settled(response.json<Attempt>().id);
    expect(attempt.report?.stopped?.reason).toBe('timeout');
    const stranger = await t.app.inject({
      url: `/api/v1/code-attempts/${attempt.id}`,
      headers: { cookie: strangerCookie },
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('refuses bad input with a problem and stores nothing', async () => {
    const before = await t.deps.database.db
      .selectFrom('code_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const cases = [
      post('/api/v1/problems/lru-cache/attempts', { language: 'cobol', source: 'x' }),
      post('/api/v1/problems/lru-cache/attempts', { language: 'javascript', source: '' }),
      post('/api/v1/problems/lru-cache/attempts', { language: 'javascript', source: 'x', customInputs: ['{not json'] }),
      post('/api/v1/problems/no-such-problem/attempts', { language: 'javascript', source: 'x' }),
    ];
    const statuses = (await Promise.all(cases)).map((r) => [r.statusCode, r.headers['content-type']]);
    expect(statuses.map(([status]) => status)).toEqual([400, 400, 422, 404]);
    for (const [, type] of statuses) expect(String(type)).toContain('application/problem+json');
    const after = await t.deps.database.db
      .selectFrom('code_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
