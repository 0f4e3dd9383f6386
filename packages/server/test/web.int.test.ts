// The built web app as the server sends it: precompressed copies by Accept-Encoding, hashed files cached for good,
// index.html revalidated, real files for /robots.txt and the favicon, a 404 for any missing file (never the app's
// page), client-side routes answered with index.html; and a build without source maps whose first page is light.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPageFiles, sizesOf, total } from '../../../scripts/bundle-size.ts';
import { buildTestApp, type TestApp } from './helper.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const distDir = join(root, 'packages', 'web', 'dist');
/** The first page's JavaScript budget, compressed (issue #12). */
const FIRST_PAGE_BUDGET_BYTES = 120_000;

describe('the web app as served', () => {
  let t: TestApp;
  let entry: string;
  beforeAll(async () => {
    // Builds only when the build is missing or older than the web app's sources.
    execFileSync(process.execPath, [join(root, 'scripts', 'build-web.js')], { stdio: 'inherit' });
    t = await buildTestApp('sqlite', { skipContent: true }, { WEB_DIST_DIR: distDir });
    entry = `/${firstPageFiles(distDir).js[0]}`;
  });
  afterAll(async () => t?.close());

  it('answers a client-side route with index.html, revalidated on every load', async () => {
    for (const url of ['/', '/some/spa/route', '/questions/idempotency-keys?q=retry']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toContain('<div id="root"></div>');
    }
  });

  it('caches a hashed asset for a year, as immutable', async () => {
    expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const response = await t.app.inject({ url: entry });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the Brotli or gzip copy when the request accepts it, else the file itself', async () => {
    const original = readFileSync(join(distDir, entry));
    const brotli = await t.app.inject({ url: entry, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(brotli.rawPayload).equals(original)).toBe(true);

    const gzip = await t.app.inject({ url: entry, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(original)).toBe(true);

    const plain = await t.app.inject({ url: entry, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('serves /robots.txt and the favicon as files', async () => {
    const robots = await t.app.inject({ url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body).toMatch(/^User-agent: \*$/m);

    const favicon = await t.app.inject({ url: '/favicon.svg' });
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect((await t.app.inject({ url: '/' })).body).toContain('<link rel="icon" href="/favicon.svg"');
  });

  it('answers a missing file with 404, never the app page', async () => {
    for (const url of ['/assets/missing.js', '/assets/nope', '/favicon.png', '/favicon.ico', '/questions/x.json']) {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await t.app.inject({ method, url });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.headers['content-type'], `${method} ${url}`).not.toMatch(/text\/html/);
      }
    }
    // The compressed copies are picked by Accept-Encoding, not fetched by name.
    expect((await t.app.inject({ url: `${entry}.br` })).statusCode).toBe(404);
  });

  it('builds no source maps', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.js')))
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/\/\/# sourceMappingURL=/);
  });

  it('keeps the first page light: its JavaScript within budget, compressed, without the chart or validation library', () => {
    const { js } = firstPageFiles(distDir);
    const sent = total(js.map((file) => sizesOf(distDir, file)));
    expect(sent.brotli).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
    expect(sent.gzip).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);
    for (const file of js) {
      const code = readFileSync(join(distDir, file), 'utf8');
      expect(code, file).not.toMatch(/recharts-/);
      expect(code, file).not.toMatch(/\$ZodType|ZodError/);
    }
  });
});
