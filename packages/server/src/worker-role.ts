import { pino } from 'pino';
import { buildApp } from './app.ts';
import { createDependencies } from './composition.ts';
import { loadConfig } from './config.ts';
import { shutDownOnSignals } from './lifecycle.ts';

/**
 * The worker role: every background task (turn analysis, transcription, code checks), and over HTTP on PORT only
 * health and metrics. Several workers may run against one database: the queue hands each job to one of them.
 * Started by `npm run start:worker` and `rehearse worker`.
 */
export async function runWorker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig({ ...env, ROLE: 'worker' });
  const logger = pino({ level: config.logLevel });
  const log = (message: string, details?: object) => logger.info(details ?? {}, message);
  const deps = await createDependencies(config, { log });
  const app = await buildApp(deps, { logger: { level: config.logLevel } });
  shutDownOnSignals({ app, deps, log });
  await app.listen({ port: config.port, host: config.host });
  await deps.queue.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log('worker started', { port, queue: deps.queue.adapter, concurrency: config.queue.concurrency ?? 'cores - 1' });
}
