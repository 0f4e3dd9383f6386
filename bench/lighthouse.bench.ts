// Lighthouse (mobile, its default simulated throttling) on the first pages a user sees: the sign-in page signed
// out, and the question bank signed in. The real server runs in a child process on a fresh DATA_DIR with the built
// web app (built first when stale); Debian's Chromium, launched as the browser tests launch it, is driven over its
// debugging port. Prints each page's median over the runs: performance score, FCP, LCP, TBT, CLS and the bytes
// of script it transferred.
//   node bench/lighthouse.bench.ts [--runs 3] [--dist packages/web/dist]
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import { launchBrowser, requireChromium, startServer } from '../e2e/support.ts';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(argument('--runs')) || 3;
const dist = argument('--dist');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!requireChromium()) process.exit(0);
if (!dist)
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-web.js')], { stdio: 'inherit' });
const server = await startServer(dist ? { WEB_DIST_DIR: resolve(dist) } : {});
const debuggingPort = 9300 + Math.floor(Math.random() * 600);
const browser = await launchBrowser([`--remote-debugging-port=${debuggingPort}`]);

try {
  await waitForDebugger(debuggingPort);
  const cookie = await signUp(server.url);
  const pages: { name: string; url: string; headers: Record<string, string> }[] = [
    { name: 'sign-in, signed out', url: `${server.url}/sign-in`, headers: {} },
    { name: 'question bank, signed in', url: `${server.url}/questions`, headers: { cookie } },
  ];
  console.log(`Lighthouse (mobile, simulated throttling), median of ${runs} runs`);
  console.log('page                       score   FCP      LCP      TBT     CLS     script sent');
  for (const page of pages) {
    const results: Audit[] = [];
    for (let run = 0; run < runs; run++) results.push(await audit(page.url, page.headers, debuggingPort));
    const pick = (key: keyof Audit) => median(results.map((result) => result[key]));
    console.log(
      [
        page.name.padEnd(26),
        String(pick('score')).padEnd(7),
        `${(pick('fcp') / 1000).toFixed(1)} s`.padEnd(8),
        `${(pick('lcp') / 1000).toFixed(1)} s`.padEnd(8),
        `${Math.round(pick('tbt'))} ms`.padEnd(7),
        pick('cls').toFixed(3).padEnd(7),
        `${(pick('scriptBytes') / 1000).toFixed(1)} kB`,
      ].join(' '),
    );
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}

interface Audit {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  scriptBytes: number;
}

async function audit(url: string, extraHeaders: Record<string, string>, port: number, attempt = 1): Promise<Audit> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  // A trace that failed to record (NO_NAVSTART and the like) says to run again; it is tried up to three times.
  if (lhr.runtimeError && attempt < 3) return audit(url, extraHeaders, port, attempt + 1);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = lhr.audits['resource-summary']?.details;
  const items =
    summary && 'items' in summary ? (summary.items as { resourceType: string; transferSize: number }[]) : [];
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scriptBytes: items.find((item) => item.resourceType === 'script')?.transferSize ?? NaN,
  };
}

async function waitForDebugger(port: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Chromium's debugging port ${port} did not open`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** A new account's session cookie, as the browser would hold it after signing up. */
async function signUp(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({
      name: 'Lighthouse',
      email: `lh-${Date.now()}@example.com`,
      password: 'a long passphrase here',
    }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}
