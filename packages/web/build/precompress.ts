// Writes a Brotli (.br) and a gzip (.gz) copy beside each compressible file of the build, once, so the server
// sends them as they are (@fastify/static's `preCompressed`) rather than compressing the same bytes on every
// request or sending them uncompressed. Brotli at its highest quality for the app's own chunks; the few large
// files (the face check's worker and WebAssembly, the chart library) at quality 9, within 10% of the highest
// for a twentieth of the time (the worker alone takes 8 s at 11).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|wasm)$/;
/** Below this a compressed copy saves less than the headers that announce it. */
const MIN_BYTES = 1024;
const LARGE_BYTES = 300_000;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'rehearse-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every file is written: chunks, emitted assets (the face check's models) and the public folder.
    async closeBundle() {
      const files = await compressibleFiles(outDir);
      await Promise.all(files.map((file) => compressFile(file)));
    },
  };
}

async function compressibleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes file.br and file.gz where each is smaller than the file. */
async function compressFile(file: string): Promise<void> {
  const source = await readFile(file);
  if (source.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: source.length > LARGE_BYTES ? 9 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([
    br.length < source.length ? writeFile(`${file}.br`, br) : undefined,
    gz.length < source.length ? writeFile(`${file}.gz`, gz) : undefined,
  ]);
}
