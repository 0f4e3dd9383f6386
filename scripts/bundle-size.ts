// Sizes of the built web app as a browser receives it. The first page (what the sign-in page loads: index.html's
// script, the modules it preloads and its stylesheet), raw, gzip and Brotli; then each page's chunks, and what
// opening that page adds to the first page. Compressed sizes are those of the build's .gz/.br copies, the bytes
// the server sends (files without a copy are compressed here at the same settings).
//   node scripts/bundle-size.ts [--dist packages/web/dist] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** The files (paths within the build) that index.html makes the browser load before anything renders. */
export function firstPageFiles(distDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));
  return {
    js: [
      ...attribute(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
      ...attribute(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ],
    css: attribute(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
  };
}

/** Raw, gzip and Brotli bytes of one file of the build. */
export function sizesOf(distDir: string, file: string): Sizes {
  const path = join(distDir, file);
  const source = readFileSync(path);
  const copy = (suffix: string, compress: () => Buffer) =>
    existsSync(path + suffix) ? readFileSync(path + suffix).length : Math.min(compress().length, source.length);
  return {
    raw: source.length,
    gzip: copy('.gz', () => gzipSync(source, { level: constants.Z_BEST_COMPRESSION })),
    brotli: copy('.br', () =>
      brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    ),
  };
}

export function total(sizes: Sizes[]): Sizes {
  return sizes.reduce(
    (sum, size) => ({
      raw: sum.raw + size.raw,
      gzip: sum.gzip + size.gzip,
      brotli: sum.brotli + size.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** A chunk and every chunk it imports statically (what loading it fetches), as paths within the build. */
export function staticClosure(distDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g))
    staticClosure(distDir, dir + match[1], seen);
  return seen;
}

function report(distDir: string) {
  const first = firstPageFiles(distDir);
  const firstJs = first.js.map((file) => ({ file, ...sizesOf(distDir, file) }));
  const firstCss = first.css.map((file) => ({ file, ...sizesOf(distDir, file) }));
  const loaded = new Set(first.js.flatMap((file) => [...staticClosure(distDir, file)]));
  const chunks = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js') && !name.includes('.worker-'))
    .map((name) => `assets/${name}`)
    .filter((file) => !loaded.has(file));
  const lazy = chunks.map((file) => {
    const adds = [...staticClosure(distDir, file)].filter((dependency) => !loaded.has(dependency));
    return { file, ...sizesOf(distDir, file), adds: total(adds.map((dependency) => sizesOf(distDir, dependency))) };
  });
  return {
    firstPage: { js: total(firstJs), css: total(firstCss), files: [...firstJs, ...firstCss] },
    lazy: lazy.sort((a, b) => b.adds.brotli - a.adds.brotli),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--dist');
  const distDir = resolve(
    at === -1 ? join(import.meta.dirname, '..', 'packages', 'web', 'dist') : process.argv[at + 1]!,
  );
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`No build at ${distDir}: run npm run build first.`);
    process.exit(1);
  }
  const result = report(distDir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10); // kB as Vite reports them
    const row = (name: string, size: Sizes) => `${name.padEnd(44)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`;
    console.log(
      `${'First page (sign-in)'.padEnd(44)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`,
    );
    for (const file of result.firstPage.files) console.log(row(`  ${file.file}`, file));
    console.log(row('  JavaScript', result.firstPage.js));
    console.log(row('  CSS', result.firstPage.css));
    console.log(
      `\nLoaded later, by the page that needs it (each chunk; with its imports: what opening that page adds)`,
    );
    for (const chunk of result.lazy) {
      console.log(row(`  ${chunk.file}`, chunk));
      if (chunk.adds.raw !== chunk.raw) console.log(row('    with the chunks it imports', chunk.adds));
    }
  }
}
