import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Serves the built web app; unknown non-API GETs get index.html so client-side routes survive a reload. */
export async function registerSpa(
  app: FastifyInstance,
  distDir: string,
): Promise<(req: FastifyRequest, reply: FastifyReply) => boolean> {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.log.warn({ distDir }, 'web app is not built; run `npm run build` (npm start does it for you)');
    return () => false;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false, maxAge: '1h' });
  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!['GET', 'HEAD'].includes(request.method) || path.startsWith('/api/') || path.startsWith('/files'))
      return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
