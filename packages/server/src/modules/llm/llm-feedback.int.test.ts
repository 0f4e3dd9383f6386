import { afterEach, describe, expect, it } from 'vitest';
import { analyzeAnswer } from '@rehearse/core';
import { makeQuestion } from '../../../test/fixtures/questions.ts';
import { createLlmFeedback } from './llm-feedback.ts';
import { chat, closeFakeChatServer, fakeChatServer } from './fake-chat-server.ts';

afterEach(closeFakeChatServer);

const question = makeQuestion({ id: 'llm-question' });
const answer = 'A first phrase, then the alpha idea, explained with a concrete example.';
const analysis = analyzeAnswer(question, answer);

describe('LLM narrative feedback (OpenAI-compatible)', () => {
  it('asks with a JSON schema and returns the validated narrative and follow-ups', async () => {
    const fake = await fakeChatServer(() =>
      chat({
        narrative: 'You covered the first point well.',
        followUpQuestions: ['How would you handle the third point?'],
      }),
    );
    const llm = createLlmFeedback({ baseUrl: fake.url, apiKey: 'secret', model: 'tiny' });
    const result = await llm.narrate(question, answer, analysis);
    expect(result).toEqual({
      narrative: 'You covered the first point well.',
      followUpQuestions: ['How would you handle the third point?'],
      model: 'tiny',
    });
    expect(fake.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      model: 'tiny',
      authorization: 'Bearer secret',
    });
    expect(JSON.stringify(fake.requests[0]!.response_format)).toContain('json_schema');
  });

  it('falls back to null on output out of shape, an HTTP error or a timeout, and leaves scores alone', async () => {
    const before = JSON.stringify(analysis.scores);
    for (const reply of [
      chat({ narrative: 42 }),
      chat('not json'),
      { status: 500 },
      { ...chat({ narrative: 'late', followUpQuestions: [] }), delayMs: 500 },
    ]) {
      const fake = await fakeChatServer(() => reply);
      const llm = createLlmFeedback({ baseUrl: fake.url, apiKey: undefined, model: 'tiny', timeoutMs: 200 });
      expect(await llm.narrate(question, answer, analysis)).toBeNull();
      await closeFakeChatServer();
    }
    expect(JSON.stringify(analysis.scores)).toBe(before);
  });

  it('returns null when nothing listens at the endpoint', async () => {
    const llm = createLlmFeedback({ baseUrl: 'http://127.0.0.1:9', apiKey: undefined, model: 'tiny', timeoutMs: 500 });
    expect(await llm.narrate(question, answer, analysis)).toBeNull();
  });
});
