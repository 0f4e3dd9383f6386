import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Files whose names carry a hash of their content: a new build gives them new names, so they never go stale. */
const HASHED = `assets${sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files whose names stay (the face check's models, favicon.svg, robots.txt): kept a while, then revalidated. */
const UNHASHED = 'public, max-age=3600';
const PRECOMPRESSED = /\.(?:br|gz)$/;

/** The Cache-Control header of a file of the build, by its path within it (a precompressed copy as its original). */
export function cacheControlOf(pathInDist: string): string {
  const path = pathInDist.replace(PRECOMPRESSED, '');
  if (path === 'index.html') return 'no-cache';
  return path.startsWith(HASHED) ? IMMUTABLE : UNHASHED;
}

/** True for a path that names a file (its last segment has an extension) or lies under the hashed assets. */
export function looksLikeFile(path: string): boolean {
  return path.startsWith('/assets/') || /\.[^/]*$/.test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Serves the built web app: its files as they are, in the Brotli or gzip copy the build made when the request
 * accepts it, hashed ones cached for good; a GET of any other path without a file extension gets index.html, so
 * client-side routes survive a reload. A missing file is a 404, never the app's page.
 */
export async function registerSpa(
  app: FastifyInstance,
  distDir: string,
): Promise<(req: FastifyRequest, reply: FastifyReply) => boolean> {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.log.warn({ distDir }, 'web app is not built; run `npm run build` (npm start does it for you)');
    return () => false;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The compressed copies are chosen by Accept-Encoding, never asked for by name; source maps are not published.
    globIgnore: ['**/*.br', '**/*.gz', '**/*.map'],
    cacheControl: false,
    setHeaders: (reply, path) => void reply.header('cache-control', cacheControlOf(relative(distDir, path))),
  });
  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!['GET', 'HEAD'].includes(request.method) || path.startsWith('/api/') || path.startsWith('/files'))
      return false;
    if (looksLikeFile(path)) return false;
    void reply.sendFile('index.html');
    return true;
  };
}
