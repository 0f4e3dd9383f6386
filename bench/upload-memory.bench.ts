// Memory while uploading a large recording: a 500 MB generated stream goes through tus (tus-js-client, as the
// browser does) to the real server running in a child process, and the server's peak RSS growth is compared with
// its growth while serving the same number of small requests, measured in the same run. Target: under 50 MB.
//   node bench/upload-memory.bench.ts [--mb 500] [--chunk-mb 4]
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as tus from 'tus-js-client';

const MB = 1024 * 1024;
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const ORIGIN = 'http://localhost:3000';

type FromServer = { port: number } | { rss: number; peak: number };

// ── The server side: the real app, reporting its resident memory when asked ──────────────────────────────────
async function serve(dataDir: string) {
  const { loadConfig } = await import('../packages/server/src/config.ts');
  const { createDependencies } = await import('../packages/server/src/composition.ts');
  const { buildApp } = await import('../packages/server/src/app.ts');
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: ORIGIN, WEB_DIST_DIR: dataDir });
  const deps = await createDependencies(config, { skipContent: true, authRateLimit: 100_000 });
  const app = await buildApp(deps, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  let peak = 0;
  setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10).unref();
  process.on('message', (message: string) => {
    if (message === 'reset') {
      (globalThis as { gc?: () => void }).gc?.();
      peak = process.memoryUsage.rss();
    }
    process.send!({ rss: process.memoryUsage.rss(), peak: Math.max(peak, process.memoryUsage.rss()) });
  });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
}

// ── The client side ───────────────────────────────────────────────────────────────────────────────────────────
function ask(child: ChildProcess, message: 'reset' | 'read'): Promise<{ rss: number; peak: number }> {
  return new Promise((resolve) => {
    child.once('message', (reply: FromServer) => resolve(reply as { rss: number; peak: number }));
    child.send(message);
  });
}

/** `total` bytes of varied content, generated as it is read; its hash is computed on the way. */
function generatedStream(total: number, hash: ReturnType<typeof createHash>): Readable {
  const block = Buffer.alloc(MB);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(block.length, total - sent);
      block.writeUInt32LE(sent / MB, 0);
      for (let offset = 4; offset < size; offset += 4096) block[offset] = (sent + offset) & 0xff;
      const chunk = Buffer.from(block.subarray(0, size));
      hash.update(chunk);
      sent += size;
      this.push(chunk);
    },
  });
}

function upload(baseUrl: string, cookie: string, source: Readable, size: number, chunkSize: number) {
  return new Promise<string>((resolve, reject) => {
    const running = new tus.Upload(source, {
      endpoint: `${baseUrl}/files`,
      uploadSize: size,
      chunkSize,
      retryDelays: null,
      headers: { cookie, origin: ORIGIN },
      metadata: { filetype: 'video/webm', answerId: 'bench' },
      onSuccess: () => resolve(running.url!),
      onError: reject,
    });
    running.start();
  });
}

async function signUp(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email: 'bench@example.com', password: 'correct horse battery', name: 'Bench' }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

async function smallRequests(cookie: string, uploadUrl: string, count: number) {
  for (let i = 0; i < count; i++) {
    const response = await fetch(uploadUrl, { method: 'HEAD', headers: { cookie, 'tus-resumable': '1.0.0' } });
    if (response.status !== 200) throw new Error(`HEAD ${uploadUrl}: ${response.status}`);
  }
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);

async function main() {
  const totalMb = argument('--mb', 500);
  const chunkSize = argument('--chunk-mb', 4) * MB;
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-upload-'));
  const child = fork(import.meta.filename, ['--serve', dataDir], { execArgv: ['--expose-gc'], stdio: 'inherit' });
  try {
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', resolve));
    const baseUrl = `http://127.0.0.1:${port}`;
    const cookie = await signUp(baseUrl);
    const requests = Math.ceil((totalMb * MB) / chunkSize) + 1;

    // Warm-up: every code path of an upload and of a HEAD runs once before anything is measured.
    const warmUrl = await upload(baseUrl, cookie, generatedStream(8 * MB, createHash('sha256')), 8 * MB, chunkSize);
    await smallRequests(cookie, warmUrl, 20);

    const baselineStart = await ask(child, 'reset');
    await smallRequests(cookie, warmUrl, requests);
    const baselineEnd = await ask(child, 'read');

    const hash = createHash('sha256');
    const uploadStart = await ask(child, 'reset');
    const started = performance.now();
    const url = await upload(baseUrl, cookie, generatedStream(totalMb * MB, hash), totalMb * MB, chunkSize);
    const seconds = (performance.now() - started) / 1000;
    const uploadEnd = await ask(child, 'read');

    const meta = await fetch(`${baseUrl}/api/v1/recordings/${url.split('/').at(-1)}/meta`, { headers: { cookie } });
    const { sha256 } = (await meta.json()) as { sha256: string };
    const baselineGrowth = baselineEnd.peak - baselineStart.rss;
    const uploadGrowth = uploadEnd.peak - uploadStart.rss;
    console.log(
      `upload: ${totalMb} MB in ${requests - 1} PATCH requests of ${mb(chunkSize)} MB, ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  (${(totalMb / seconds).toFixed(0)} MB/s, arrived whole: ${sha256 === hash.digest('hex') ? 'yes' : 'NO'})`,
    );
    console.log(
      `server RSS before the upload       ${mb(uploadStart.rss)} MB, peak during it ${mb(uploadEnd.peak)} MB`,
    );
    console.log(`server RSS growth, ${totalMb} MB upload   ${mb(uploadGrowth)} MB`);
    console.log(`server RSS growth, ${requests} HEADs       ${mb(baselineGrowth)} MB (baseline, same run)`);
    console.log(`growth above baseline              ${mb(uploadGrowth - baselineGrowth)} MB`);
    console.log(`ratio upload / baseline growth     ${(uploadGrowth / Math.max(baselineGrowth, MB / 10)).toFixed(1)}×`);
    console.log(`target < 50 MB: ${uploadGrowth < 50 * MB ? 'met' : 'MISSED'}`);
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) await serve(process.argv[serveIndex + 1]!);
else await main();
