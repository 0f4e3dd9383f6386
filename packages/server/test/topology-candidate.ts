// A candidate as the browser acts through the deployment's proxy: signs up, opens an interview, listens to its
// event stream (reconnecting with Last-Event-ID when a web process goes away, as EventSource does) and answers,
// typed or spoken (a recording uploaded with tus, then the answer submitted as audio). Each candidate comes from
// its own address, as candidates do, so per-address limits apply to each.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tus from 'tus-js-client';
import { synthesizeSpeech } from '../src/modules/speech/speech-synthesis.ts';
import { temporaryFolder } from '../src/modules/speech/speech-test-support.ts';

export interface Update {
  id?: number;
  interviewId: string;
  reason: string;
  turnId?: string;
}

export interface View {
  id: string;
  state: { phase: string; version: number };
  current: { turnId: string } | null;
  turns: { turnId: string; status: string }[];
}

export const TYPED_ANSWER =
  'An index is a sorted structure the database walks instead of scanning every row, so a lookup by customer id ' +
  'touches a few pages. The trade-off is slower writes, since every insert updates the index too, and more disk.';

/** Short spoken answers (a few seconds each, so that transcribing them keeps the runs short), one per speaker. */
export const SPOKEN_ANSWERS = [
  'An index lets the database find rows by a key without scanning the whole table, at the cost of slower writes.',
  'A transaction groups several writes so that either all of them happen or none of them do.',
  'Replication copies every write to another server, so reads can go there and a failure loses little.',
  'A connection pool keeps a few open connections and lends them out, so each request skips the handshake.',
] as const;

/** The binaries a spoken answer needs here: flite and sox to speak it, ffmpeg and PocketSphinx to hear it. */
export const SPEECH_BINARIES = ['flite', 'sox', 'ffmpeg', 'pocketsphinx_continuous'] as const;

/** Each text spoken by flite's slt voice, as 16 kHz mono 16-bit WAV bytes. */
export async function spokenRecordings(texts: readonly string[]): Promise<Buffer[]> {
  const { dir, remove } = await temporaryFolder('topology-speech');
  try {
    return await Promise.all(
      texts.map(async (text, index) => {
        const path = join(dir, `${index}.wav`);
        await synthesizeSpeech(text, path, 'slt');
        return readFile(path);
      }),
    );
  } finally {
    await remove();
  }
}

const GATEWAY_ERRORS = new Set([502, 503, 504]);
const GATEWAY_RETRIES = 5;

export class Candidate {
  cookie = '';
  readonly updates: Update[] = [];
  reconnections = 0;
  private readonly base: string;
  private readonly address: string;
  constructor(base: string, index: number) {
    this.base = base;
    this.address = `203.0.113.${index + 1}`;
  }

  headers(extra: Record<string, string> = {}) {
    return { cookie: this.cookie, origin: this.base, 'x-forwarded-for': this.address, ...extra };
  }

  /**
   * A request as the page sends it. The proxy answers 502 when the web process it chose dies under the request, as
   * a browser would see it; the page sends it again, and a change the dying process had already made comes back as
   * a version conflict, after which the page reloads the interview.
   */
  async call<T>(method: string, path: string, body?: object): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${this.base}${path}`, {
        method,
        headers: this.headers(body ? { 'content-type': 'application/json' } : {}),
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      if (GATEWAY_ERRORS.has(response.status) && attempt < GATEWAY_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
        continue;
      }
      const interview = /^\/api\/v1\/interviews\/([^/]+)\/(?:answers|events)$/.exec(path)?.[1];
      if (response.status === 409 && attempt > 0 && interview)
        return this.call<T>('GET', `/api/v1/interviews/${interview}`);
      return this.settle<T>(method, path, response, text);
    }
  }

  private settle<T>(method: string, path: string, response: Response, text: string): T {
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    if (method === 'POST' && path === '/api/v1/auth/sign-up')
      this.cookie = response.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ');
    return JSON.parse(text) as T;
  }

  async signUp() {
    const email = `c${Math.random().toString(36).slice(2)}@example.com`;
    await this.call('POST', '/api/v1/auth/sign-up', { email, password: 'correct horse battery', name: 'Candidate' });
  }

  async startInterview(): Promise<View> {
    const created = await this.call<View>('POST', '/api/v1/interviews', {
      round: 'concepts',
      level: 'mid',
      categories: ['databases'],
    });
    const started = await this.act(created, 'start');
    return this.act(started, 'begin-answer');
  }

  act = (view: View, event: string) =>
    this.call<View>('POST', `/api/v1/interviews/${view.id}/events`, { event, expectedVersion: view.state.version });

  answer = (view: View) =>
    this.call<View>('POST', `/api/v1/interviews/${view.id}/answers`, {
      turnId: view.current?.turnId,
      mode: 'typed',
      text: TYPED_ANSWER,
      expectedVersion: view.state.version,
    });

  /**
   * Uploads a WAV recording as the answer's (retrying through another web process when one dies) and submits
   * the answer as spoken; returns the recording's id, as the upload's address names it.
   */
  async answerSpoken(view: View, wav: Buffer): Promise<string> {
    const answerId = `${view.id}:${view.current?.turnId}`;
    const upload = await new Promise<tus.Upload>((resolve, reject) => {
      const running: tus.Upload = new tus.Upload(wav, {
        endpoint: `${this.base}/files`,
        chunkSize: 128 * 1024,
        retryDelays: [0, 100, 250, 500, 1000, 2000],
        metadata: { filetype: 'audio/wav', filename: 'answer.wav', answerId },
        headers: this.headers(),
        onSuccess: () => resolve(running),
        onError: reject,
      });
      running.start();
    });
    await this.call<View>('POST', `/api/v1/interviews/${view.id}/answers`, {
      turnId: view.current?.turnId,
      mode: 'audio',
      expectedVersion: view.state.version,
    });
    return upload.url?.split('/').at(-1) ?? '';
  }

  /** The page's EventSource: reads updates until aborted, reconnecting with the last id it saw. */
  async listen(interviewId: string, signal: AbortSignal, connected?: () => void): Promise<void> {
    let lastId: number | undefined;
    while (!signal.aborted) {
      try {
        const headers = this.headers(lastId === undefined ? {} : { 'last-event-id': String(lastId) });
        const response = await fetch(`${this.base}/api/v1/interviews/${interviewId}/stream`, { headers, signal });
        if (!response.ok || !response.body) throw new Error(`stream: ${response.status}`);
        connected?.();
        const decoder = new TextDecoder();
        let buffer = '';
        const reader = response.body.getReader();
        for (;;) {
          const { value, done } = (await reader.read()) as { value?: Uint8Array; done: boolean };
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message.split('\n').find((line) => line.startsWith('data: '));
            const id = message.split('\n').find((line) => line.startsWith('id: '));
            if (id) lastId = Number(id.slice(4));
            if (data) this.updates.push(JSON.parse(data.slice(6)) as Update);
          }
        }
      } catch {
        if (signal.aborted) return;
      }
      if (signal.aborted) return;
      this.reconnections++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
