import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@rehearse/core';
import { createOpenAiTranscriber, transcriptionsUrl } from './openai.transcriber.ts';

interface Received {
  path: string;
  authorization: string | undefined;
  form: FormData;
}

type Reply = (response: ServerResponse) => void;

/** A fake OpenAI-compatible transcription server: records each request and answers as the test says. */
function fakeServer(): { server: Server; received: Received[]; reply: { next: Reply } } {
  const received: Received[] = [];
  const reply = { next: ((response) => response.end('{}')) as Reply };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = new Request('http://fake/', {
        method: 'POST',
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      void body
        .formData()
        .catch(() => new FormData())
        .then((form) => {
          received.push({ path: request.url ?? '', authorization: request.headers.authorization, form });
          reply.next(response);
        });
    });
  });
  return { server, received, reply };
}

const json =
  (status: number, body: unknown): Reply =>
  (response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

const audio = { bytes: new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0]), fileName: 'answer.wav', mimeType: 'audio/wav' };

describe('OpenAI-compatible transcriber (against a local fake server)', () => {
  const fake = fakeServer();
  let baseUrl = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('posts multipart form data asking for word timestamps, with the key as a bearer token', async () => {
    fake.reply.next = json(200, {
      text: 'Bind the parameters.',
      duration: 2,
      words: [
        { word: 'Bind', start: 0.1, end: 0.4 },
        { word: 'the', start: 0.4, end: 0.5 },
        { word: 'parameters.', start: 0.5, end: 1.2, probability: 0.6 },
      ],
      segments: [{ start: 0, end: 2, text: 'Bind the parameters.', avg_logprob: -0.1 }],
    });
    const transcriber = createOpenAiTranscriber({ baseUrl, apiKey: 'secret', model: 'whisper-1' });
    const transcript = await transcriber.transcribe(audio, { vocabularyHint: 'SQL injection' });
    const request = fake.received.at(-1);
    expect(request?.path).toBe('/v1/audio/transcriptions');
    expect(request?.authorization).toBe('Bearer secret');
    expect(request?.form.get('model')).toBe('whisper-1');
    expect(request?.form.get('response_format')).toBe('verbose_json');
    expect(request?.form.getAll('timestamp_granularities[]')).toContain('word');
    expect(request?.form.get('prompt')).toBe('SQL injection');
    expect((request?.form.get('file') as File).name).toBe('answer.wav');
    expect(transcript.text).toBe('Bind the parameters.');
    expect(transcript.words.map((word) => word.word)).toEqual(['Bind', 'the', 'parameters.']);
    expect(transcript.words[0]?.confidence).toBeCloseTo(Math.exp(-0.1));
    expect(transcript.words[2]?.confidence).toBe(0.6);
    expect(transcript.engine).toBe('openai-compatible:whisper-1');
  });

  it('spreads segment text over time when the service gives no word timings', async () => {
    fake.reply.next = json(200, { text: 'one two', segments: [{ start: 1, end: 2, text: 'one two' }] });
    const transcript = await createOpenAiTranscriber({ baseUrl, model: 'm' }).transcribe(audio);
    expect(transcript.words).toEqual([
      { word: 'one', start: 1, end: 1.5, confidence: 0.8 },
      { word: 'two', start: 1.5, end: 2, confidence: 0.8 },
    ]);
  });

  it('turns an error status into a typed error carrying the service’s message', async () => {
    fake.reply.next = json(401, { error: { message: 'Invalid API key' } });
    const error = await createOpenAiTranscriber({ baseUrl, model: 'm' })
      .transcribe(audio)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('transcription-endpoint-failed');
    expect((error as DomainError).message).toContain('401: Invalid API key');
  });

  it('rejects a body that is not a transcription', async () => {
    fake.reply.next = (response) => response.end('<html>proxy error</html>');
    const error = await createOpenAiTranscriber({ baseUrl, model: 'm' })
      .transcribe(audio)
      .catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('transcription-endpoint-invalid');
  });

  it('times out with a clear error', async () => {
    fake.reply.next = (response) => setTimeout(() => response.end('{}'), 1_000);
    const error = await createOpenAiTranscriber({ baseUrl, model: 'm', timeoutMs: 100 })
      .transcribe(audio)
      .catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('transcription-endpoint-unreachable');
    expect((error as DomainError).message).toContain('no answer within');
  });

  it('reports an unreachable endpoint in availability()', async () => {
    const closed = createOpenAiTranscriber({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' });
    const availability = await closed.availability();
    expect(availability.available).toBe(false);
    expect(availability.missing[0]).toContain('127.0.0.1:9');
    expect((await createOpenAiTranscriber({ baseUrl, model: 'm' }).availability()).available).toBe(true);
  });
});

describe('transcriptionsUrl', () => {
  it('adds /v1 only when the base lacks it', () => {
    expect(transcriptionsUrl('https://stt.example/v1/')).toBe('https://stt.example/v1/audio/transcriptions');
    expect(transcriptionsUrl('https://stt.example')).toBe('https://stt.example/v1/audio/transcriptions');
  });
});
