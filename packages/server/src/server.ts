import { pino } from 'pino';
import { buildApp } from './app.ts';
import { createDependencies } from './composition.ts';
import { ConfigError, loadConfig } from './config.ts';

/** Entry point of the web role: builds the app, listens, and shuts down cleanly on SIGINT/SIGTERM. */
async function main() {
  const config = loadConfig();
  // The same JSON lines as the HTTP log, for what happens off the request path (jobs, uploads, transcription).
  const logger = pino({ level: config.logLevel });
  const deps = await createDependencies(config, { log: (message, details) => logger.info(details ?? {}, message) });
  const app = await buildApp(deps);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await deps.close();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
  await app.listen({ port: config.port, host: config.host });
  await deps.queue.start();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Rehearse failed to start:', error);
  process.exit(1);
});
