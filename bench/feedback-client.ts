// The benchmark's browser: the HTTP calls, the event stream and the interview moves the web page makes, and the
// server's marks (see feedback-observer.ts) as they arrive from its process.
import type { Mark } from './feedback-observer.ts';

export const ORIGIN = 'http://localhost:3000';
const TIMEOUT_MS = 300_000;
/** Epoch milliseconds with sub-millisecond precision, the same clock as the server's marks. */
export const clock = () => performance.timeOrigin + performance.now();

export interface View {
  id: string;
  state: { phase: string; version: number };
  current: { turnId: string; kind: 'question' | 'follow-up'; questionId: string } | null;
  turns: { turnId: string; status: string; error: string | null }[];
}

export class Client {
  cookie = '';
  private events = new Map<string, number>();
  private waiters = new Map<string, () => void>();
  readonly baseUrl: string;
  private readonly marks: Mark[];
  constructor(baseUrl: string, marks: Mark[]) {
    this.baseUrl = baseUrl;
    this.marks = marks;
  }

  async call<T>(method: string, path: string, body?: object): Promise<{ status: number; body: T; cookies: string[] }> {
    const headers: Record<string, string> = { cookie: this.cookie, origin: ORIGIN };
    if (body) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return { status: response.status, body: JSON.parse(text) as T, cookies: response.headers.getSetCookie() };
  }

  async signUp(email = 'bench@example.com') {
    const account = { email, password: 'correct horse battery', name: 'Bench' };
    const { cookies } = await this.call('POST', '/api/v1/auth/sign-up', account);
    this.cookie = cookies.map((line) => line.split(';')[0]).join('; ');
  }

  act = async (view: View, event: string) =>
    (
      await this.call<View>('POST', `/api/v1/interviews/${view.id}/events`, {
        event,
        expectedVersion: view.state.version,
      })
    ).body;

  /** The page's EventSource: remembers when each turn's analysis was announced. */
  async listen(interviewId: string, signal: AbortSignal) {
    const response = await fetch(`${this.baseUrl}/api/v1/interviews/${interviewId}/stream`, {
      headers: { cookie: this.cookie },
      signal,
    });
    if (!response.ok || !response.body) throw new Error(`event stream: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += read.value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          const update = data ? (JSON.parse(data) as { reason: string; turnId?: string }) : undefined;
          if (!update?.turnId || (update.reason !== 'turn-analysed' && update.reason !== 'turn-failed')) continue;
          this.events.set(`${interviewId}:${update.turnId}`, clock());
          this.waiters.get(`${interviewId}:${update.turnId}`)?.();
        }
      }
    })().catch(() => {});
  }

  /** Waits for the stream to announce the turn, then refetches the interview as the page does. */
  async feedback(view: View, turnId: string): Promise<{ view: View; at: number }> {
    const rowId = `${view.id}:${turnId}`;
    if (!this.events.has(rowId)) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.waiters.set(rowId, resolve)),
        new Promise((_, reject) => (timer = setTimeout(reject, TIMEOUT_MS, new Error(`no feedback for ${rowId}`)))),
      ]).finally(() => clearTimeout(timer));
    }
    const latest = (await this.call<View>('GET', `/api/v1/interviews/${view.id}`)).body;
    const turn = latest.turns.find((candidate) => candidate.turnId === turnId);
    if (turn?.status !== 'analysed') throw new Error(`turn ${rowId} ended ${turn?.status}: ${turn?.error}`);
    return { view: latest, at: clock() };
  }

  /** The server's count of event loop time lost to stalls, as of its latest mark. */
  lastBlockedMs = () => this.marks.at(-1)?.blockedMs ?? 0;

  /** A server mark made after `since`, waiting a moment for the last to cross the process boundary. */
  async mark(name: Mark['name'], key: string, since: number): Promise<Mark | undefined> {
    for (let tries = 0; tries < 100; tries++) {
      const found = this.marks.find((mark) => mark.name === name && mark.key === key && mark.at >= since);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return undefined;
  }
}

/** An interview waiting for an answer to a question not answered before (skipping follow-ups, or starting anew). */
export async function freshQuestion(client: Client, view: View | null, streams: AbortController): Promise<View> {
  while (view?.state.phase === 'asking' && view.current?.kind === 'follow-up') view = await client.act(view, 'skip');
  if (view?.state.phase === 'asking') return view;
  const settings = { round: 'concepts', level: 'mid', categories: ['api-design'], minutes: 90 };
  const created = (await client.call<View>('POST', '/api/v1/interviews', settings)).body;
  await client.listen(created.id, streams.signal);
  return client.act(created, 'start');
}
