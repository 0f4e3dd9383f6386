// A stand-in for an OpenAI-compatible chat endpoint, for the LLM adapters' tests: it records each request and
// answers what the test's handler says (a status, a JSON body, a delay).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (body: Record<string, unknown>) => { status?: number; json?: unknown; delayMs?: number };

let server: Server | undefined;
export async function fakeChatServer(handler: Handler) {
  const requests: Record<string, unknown>[] = [];
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ ...body, path: req.url, authorization: req.headers.authorization });
      const reply = handler(body);
      setTimeout(() => {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.json ?? {}));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

export async function closeFakeChatServer() {
  const open = server;
  server = undefined;
  if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
}

/** A chat completion whose message is `content` (JSON-encoded unless a string). */
export const chat = (content: unknown) => ({
  json: { choices: [{ message: { content: typeof content === 'string' ? content : JSON.stringify(content) } }] },
});
