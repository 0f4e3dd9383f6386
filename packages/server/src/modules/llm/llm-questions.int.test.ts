// "Suggest variants" through a language model: the proposals asked for with a JSON schema and checked; a model
// that fails or answers out of shape gives way to the bank. Through the app too: a kit's author gets the model's
// questions to review, and the kit is unchanged until one is added.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, ORIGIN, signUp, type TestApp } from '../../../test/helper.ts';
import { indexingQuestion } from '../../../test/fixtures/questions.ts';
import { createLlmQuestionProposer } from './llm-questions.ts';
import { chat, closeFakeChatServer, fakeChatServer } from './fake-chat-server.ts';

afterEach(closeFakeChatServer);

const PROPOSAL = {
  competency: 'databases',
  prompt: 'How would you find the query behind a sudden rise in database CPU?',
  sampleAnswer: 'Look at the slowest and most frequent statements, then their plans.',
  keyPoints: ['Top statements by total time', 'Reads the plan'],
  redFlags: ['Adds an index on every column'],
};
const REQUEST = {
  role: 'Payments engineer',
  level: 'mid' as const,
  competencies: ['databases' as const],
  roleDescription: 'Owns the payments database.',
  existingPrompts: ['What is an index?'],
  count: 3,
};

describe('LLM question proposals (OpenAI-compatible)', () => {
  it('asks with a JSON schema, naming the role and what the kit has, and returns checked proposals', async () => {
    const fake = await fakeChatServer(() => chat({ questions: [PROPOSAL] }));
    const proposer = createLlmQuestionProposer({ baseUrl: fake.url, apiKey: undefined, model: 'tiny' });
    expect(await proposer.propose(REQUEST)).toEqual([PROPOSAL]);
    const sent = fake.requests[0] as { messages: Array<{ content: string }>; response_format: { type: string } };
    expect(sent.response_format.type).toBe('json_schema');
    expect(sent.messages[1]!.content).toContain('Owns the payments database.');
    expect(sent.messages[1]!.content).toContain('- What is an index?');
  });

  it('gives up (null) on an error or an answer out of shape', async () => {
    const fake = await fakeChatServer((body) =>
      (body.model as string) === 'broken'
        ? { status: 500 }
        : chat({ questions: [{ ...PROPOSAL, competency: 'cooking' }] }),
    );
    const log: string[] = [];
    for (const model of ['broken', 'odd']) {
      const proposer = createLlmQuestionProposer({ baseUrl: fake.url, apiKey: 'k', model, log: (m) => log.push(m) });
      expect(await proposer.propose(REQUEST)).toBeNull();
    }
    expect(log).toHaveLength(2);
  });
});

describe('suggest variants with a model configured', () => {
  let t: TestApp;
  let fakeUrl: string;
  beforeAll(async () => {
    fakeUrl = (await fakeChatServer(() => chat({ questions: [PROPOSAL] }))).url;
    t = await buildTestApp('sqlite', { skipContent: true }, { LLM_BASE_URL: fakeUrl, LLM_MODEL: 'tiny' });
    await t.deps.questions.syncBank([indexingQuestion], { retireMissing: true });
  });
  afterAll(async () => t.close());

  it("proposes the model's questions for review, leaving the kit as it was", async () => {
    const { cookie } = await signUp(t.app);
    const headers = { ...ORIGIN, cookie };
    const kit = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/kits',
        headers,
        payload: {
          role: 'Payments engineer',
          level: 'mid',
          questions: [{ kind: 'bank', questionId: indexingQuestion.id }],
        },
      })
    ).json<{ id: string }>();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/kits/${kit.id}/variants`,
      headers,
      payload: { roleDescription: 'Owns the payments database and its on-call.' },
    });
    expect(response.json()).toEqual({ source: 'model', items: [{ ...PROPOSAL, questionId: null }] });
    const after = await t.app.inject({ url: `/api/v1/kits/${kit.id}`, headers });
    expect(after.json<{ questionCount: number }>().questionCount).toBe(1);
  });
});
