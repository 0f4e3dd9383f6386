import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, wordErrorRate, type Question, type Transcript } from '@rehearse/core';
import { createLiveTranscription } from './live-transcription.ts';
import { openPcmDecoder } from './pcm-stream.ts';
import { createPocketsphinxTranscriber } from './pocketsphinx.transcriber.ts';
import { createSpeechModelStore } from './speech-models.ts';
import { synthesizeSpeech } from './speech-synthesis.ts';
import { createSpeechService } from './speech.service.ts';
import { skipWithoutBinaries, temporaryFolder } from './speech-test-support.ts';

const ANSWER =
  'The client sends an idempotency key with every payment request. The server stores the key together with the ' +
  'response in the same transaction as the charge. When a retry arrives with the same key, the server returns the ' +
  'stored response instead of charging the card a second time. Keys expire after a day, and a request that reuses a ' +
  'key with a different body is rejected, because that is a client bug rather than a retry. Concurrent requests with ' +
  'one key are serialised with a unique constraint, so only one of them does the work.';

const question: Question = questionSchema.parse({
  id: 'payment-retries',
  prompt: 'How do you make retries of a payment request safe?',
  category: 'api-design',
  level: 'mid',
  round: 'concepts',
  targetSeconds: 90,
  modelAnswer: ANSWER,
  keyPoints: ['key', 'store', 'expiry'].map((id) => ({
    id,
    label: `About the ${id}`,
    weight: 2,
    evidence: ['idempotency key', 'stored response', 'same transaction', 'keys expire'],
    probe: 'What happens when the same request arrives twice?',
  })),
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

const skip = await skipWithoutBinaries('live transcription', ['pocketsphinx_continuous', 'flite', 'sox', 'ffmpeg']);

describe.skipIf(skip)('live transcription of a growing WebM upload (real ffmpeg and PocketSphinx)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  let webm: Buffer;
  let store: ReturnType<typeof createSpeechModelStore>;
  const transcriber = createPocketsphinxTranscriber();
  const logged: string[] = [];
  let live: ReturnType<typeof createLiveTranscription>;

  beforeAll(async () => {
    folder = await temporaryFolder('live');
    const wav = join(folder.dir, 'answer.wav');
    await synthesizeSpeech(ANSWER, wav, 'slt');
    const webmPath = join(folder.dir, 'answer.webm');
    await promisify(execFile)('ffmpeg', ['-v', 'error', '-i', wav, '-c:a', 'libopus', '-b:a', '32k', webmPath]);
    webm = await readFile(webmPath);
    store = createSpeechModelStore([question], { cacheDir: join(folder.dir, 'models'), generalEnglishWeight: 0 });
    live = createLiveTranscription({
      openDecoder: openPcmDecoder,
      openRecognizer: async (asked) => transcriber.openStream!(await store.filesFor(asked.id)),
      questionFor: (answerId) => Promise.resolve(answerId.startsWith('interview:') ? question : null),
      maxSeconds: 900,
      log: (message) => logged.push(message),
    });
  });
  afterAll(async () => {
    live.close();
    await folder.remove();
  });

  /** Writes the upload in pieces, telling live transcription after each, as the upload service does. */
  async function upload(answerId: string, bytes: Buffer, pieces = 5) {
    const path = join(folder.dir, `${answerId.replace(':', '-')}.webm`);
    await writeFile(path, '');
    for (let piece = 0; piece < pieces; piece++) {
      const from = Math.floor((bytes.length * piece) / pieces);
      await appendFile(path, bytes.subarray(from, Math.floor((bytes.length * (piece + 1)) / pieces)));
      await live.progressed({ answerId, ownerId: 'u1', path });
      if (piece === pieces - 2)
        await eventually(() => live.heardSeconds(answerId) > 5, 'audio decoded during the upload');
    }
    return path;
  }

  it('hears the answer while it uploads, and its transcript matches a whole-file transcription', async () => {
    const path = await upload('interview:0.0', webm);
    live.finished('interview:0.0');
    const heard = await live.result('interview:0.0', sha256(webm));
    expect(heard).not.toBeNull();
    expect(live.active()).toBe(0);

    const whole = await createSpeechService({ transcriber, models: store }).transcribeAnswer(path, question);
    const words = heard!.transcript.words;
    expect(words.every((w, i) => i === 0 || w.start >= words[i - 1]!.start)).toBe(true);
    expect(heard!.audioSeconds).toBeCloseTo(whole.audioSeconds, 0);
    expect(heard!.peakDb).toBeGreaterThan(-30);
    const wholeWer = wordErrorRate(ANSWER, whole.transcript.text).wer;
    const liveWer = wordErrorRate(ANSWER, heard!.transcript.text).wer;
    console.info(`live transcription: WER whole ${wholeWer.toFixed(3)}, live ${liveWer.toFixed(3)}`);
    expect(liveWer).toBeLessThanOrEqual(wholeWer + 0.05);
    expect(liveWer).toBeLessThan(0.5);
  });

  it('gives nothing when the recording is not the bytes it heard, so the recording is transcribed instead', async () => {
    await upload('interview:1.0', webm.subarray(0, Math.floor(webm.length * 0.8)), 3);
    expect(await live.result('interview:1.0', sha256(webm))).toBeNull();
    expect(logged.some((message) => message.includes('discarded'))).toBe(true);
  });

  it('ends the stream itself when asked for the result before being told the upload finished', async () => {
    await upload('interview:2.0', webm, 2);
    expect((await live.result('interview:2.0', sha256(webm)))?.transcript.words.length).toBeGreaterThan(10);
  });

  it('listens only to answers of a live interview, and gives nothing for answers it never heard', async () => {
    await live.progressed({ answerId: 'other:0.0', ownerId: 'u1', path: join(folder.dir, 'nothing.webm') });
    expect(live.active()).toBe(0);
    expect(await live.result('interview:9.9', 'f'.repeat(64))).toBeNull();
  });

  it('stops quietly on bytes that are not audio', async () => {
    const garbage = Buffer.alloc(200_000, 7);
    const path = join(folder.dir, 'garbage.webm');
    await writeFile(path, garbage);
    await live.progressed({ answerId: 'interview:3.0', ownerId: 'u1', path });
    live.finished('interview:3.0');
    expect(await live.result('interview:3.0', sha256(garbage))).toBeNull();
    expect(live.active()).toBe(0);
  });
});

/** A stand-in decoder and recogniser: the "transcript" says how many bytes reached the recogniser. */
function fakeProcesses(options: { decoderExitCode?: number; decoderStuck?: boolean } = {}) {
  const aborted: string[] = [];
  const openDecoder = () => {
    // A stuck decoder takes a first write and then never asks for more, nor exits.
    const input = options.decoderStuck ? new Writable({ highWaterMark: 1, write: () => undefined }) : new PassThrough();
    const output = new PassThrough();
    if (input instanceof PassThrough) input.pipe(output);
    const exited = new Promise<{ exitCode: number | null; signal: null; stderr: string }>((resolve) =>
      input.on('end', () => resolve({ exitCode: options.decoderExitCode ?? 0, signal: null, stderr: 'fake' })),
    );
    return { input, output, exited, abort: () => void aborted.push('decoder') };
  };
  const openRecognizer = () => {
    const input = new PassThrough();
    let heard = 0;
    input.on('data', (chunk: Buffer) => (heard += chunk.length));
    const result = new Promise<Transcript>((resolve) =>
      input.on('end', () =>
        resolve({
          text: String(heard),
          words: [{ word: String(heard), start: 0, end: 1, confidence: 1 }],
          confidence: 1,
          engine: 'fake',
        }),
      ),
    );
    return Promise.resolve({ input, result, abort: () => void aborted.push('recognizer') });
  };
  return { openDecoder, openRecognizer, aborted };
}

describe('live transcription sessions (stand-in processes)', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  beforeAll(async () => (folder = await temporaryFolder('live-sessions')));
  afterAll(() => folder.remove());

  const liveWith = (fakes: ReturnType<typeof fakeProcesses>, maxSessions = 6) =>
    createLiveTranscription({
      ...fakes,
      questionFor: () => Promise.resolve(question),
      maxSeconds: 900,
      maxSessions,
      finishTimeoutMs: () => 300,
      log: () => {},
    });

  async function grow(live: ReturnType<typeof createLiveTranscription>, answerId: string, pieces: Buffer[]) {
    const path = join(folder.dir, `${answerId}.bin`);
    await writeFile(path, '');
    for (const piece of pieces) {
      await appendFile(path, piece);
      await live.progressed({ answerId, ownerId: 'u1', path });
    }
    return Buffer.concat(pieces);
  }

  it('hands the recogniser every byte of the upload once, in order, however the progress calls interleave', async () => {
    const live = liveWith(fakeProcesses());
    const bytes = await grow(live, 'a', [Buffer.alloc(70_000, 1), Buffer.alloc(5, 2), Buffer.alloc(130_000, 3)]);
    live.finished('a');
    const heard = await live.result('a', sha256(bytes));
    expect(heard?.transcript.text).toBe(String(bytes.length));
    expect(heard?.audioSeconds).toBeCloseTo(bytes.length / 32_000, 5);
  });

  it('listens to at most maxSessions answers at once; the others are transcribed at the end', async () => {
    const live = liveWith(fakeProcesses(), 1);
    await grow(live, 'first', [Buffer.alloc(1000, 1)]);
    const second = await grow(live, 'second', [Buffer.alloc(1000, 1)]);
    expect(live.active()).toBe(1);
    expect(await live.result('second', sha256(second))).toBeNull();
    // Once the first answer's upload is complete its recogniser is done, even before anyone reads its transcript.
    live.finished('first');
    await eventually(() => live.active() === 0, 'the first recogniser finished');
    const third = await grow(live, 'third', [Buffer.alloc(1000, 1)]);
    expect(await live.result('third', sha256(third))).not.toBeNull();
  });

  it('gives up on a stuck decoder instead of holding the analysis job, and stops it', async () => {
    const stuck = fakeProcesses({ decoderStuck: true });
    const live = liveWith(stuck);
    const bytes = await grow(live, 'stuck', [Buffer.alloc(100_000, 1)]);
    live.finished('stuck');
    expect(await live.result('stuck', sha256(bytes))).toBeNull();
    expect(stuck.aborted.sort()).toEqual(['decoder', 'recognizer']);
  });

  it('gives nothing when the decoder failed, and stops every process on close', async () => {
    const failing = fakeProcesses({ decoderExitCode: 1 });
    const live = liveWith(failing);
    const bytes = await grow(live, 'bad', [Buffer.alloc(1000, 1)]);
    expect(await live.result('bad', sha256(bytes))).toBeNull();

    const fakes = fakeProcesses();
    const other = liveWith(fakes);
    await grow(other, 'open', [Buffer.alloc(1000, 1)]);
    await eventually(() => other.heardSeconds('open') > 0, 'bytes reached the recogniser');
    other.close();
    expect(fakes.aborted.sort()).toEqual(['decoder', 'recognizer']);
    expect(other.active()).toBe(0);
  });
});
