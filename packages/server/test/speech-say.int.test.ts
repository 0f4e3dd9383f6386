// The interviewer's voice on the server: GET /api/v1/speech/say reads a text aloud with flite, for a signed-in
// caller, within limits; and where flite is missing the adapter answers "unavailable" (a 503 problem).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@rehearse/core';
import { createInterviewerVoice, SAY_MAX_CHARS, speakable } from '../src/modules/speech/interviewer-voice.ts';
import { findOnPath } from '../src/modules/speech/run-process.ts';
import { buildTestApp, signUp, type TestApp } from './helper.ts';

const hasFlite = (await findOnPath('flite')) !== null;
if (!hasFlite) console.warn('\n⚠️  flite is not installed: the spoken-question tests are SKIPPED.\n');

describe('the interviewer voice adapter', () => {
  it('keeps text to one line without control characters, and short', () => {
    expect(speakable('Why\u0000 index?\n\n -rf $(reboot)')).toBe('Why index? -rf $(reboot)');
    expect(speakable('word '.repeat(200))).toHaveLength(SAY_MAX_CHARS);
  });

  it('says it cannot speak, as unavailable, where flite is not installed', async () => {
    const voice = createInterviewerVoice({ command: 'rehearse-no-such-flite' });
    const error = await voice.say('Hello.').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'unavailable', code: 'voice-unavailable' });
  });

  it.runIf(hasFlite)('reads a text that looks like options or a command as words', async () => {
    const wav = await createInterviewerVoice().say('-voice kal $(touch /tmp/rehearse-pwned) `id`');
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.subarray(8, 12).toString()).toBe('WAVE');
  });
});

describe.runIf(hasFlite)('GET /api/v1/speech/say', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp('sqlite', { skipContent: true });
    cookie = (await signUp(t.app)).cookie;
  });
  afterAll(async () => t.close());

  it('reads the text aloud as a WAV file the browser may keep', async () => {
    const response = await t.app.inject({
      url: `/api/v1/speech/say?text=${encodeURIComponent('What does ACID mean for database transactions?')}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('audio/wav');
    expect(response.headers['cache-control']).toContain('private');
    expect(response.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    // 16 kHz, 16-bit mono: a sentence is over a second of speech.
    expect(response.rawPayload.length).toBeGreaterThan(32_000);
  });

  it('asks for a sign-in, and refuses an empty or over-long text', async () => {
    expect((await t.app.inject({ url: '/api/v1/speech/say?text=Hello' })).statusCode).toBe(401);
    const empty = await t.app.inject({ url: '/api/v1/speech/say?text=%20', headers: { cookie } });
    expect(empty.statusCode).toBe(400);
    const long = await t.app.inject({
      url: `/api/v1/speech/say?text=${'a'.repeat(SAY_MAX_CHARS + 1)}`,
      headers: { cookie },
    });
    expect(long.statusCode).toBe(400);
    expect(long.headers['content-type']).toContain('application/problem+json');
  });

  it('reads at most 30 texts a minute for one caller', async () => {
    const other = (await signUp(t.app)).cookie;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await t.app.inject({ url: '/api/v1/speech/say?text=Hi.', headers: { cookie: other } })).statusCode,
      );
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
