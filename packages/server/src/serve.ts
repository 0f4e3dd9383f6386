import { pino } from 'pino';
import { buildApp } from './app.ts';
import { createDependencies } from './composition.ts';
import { ConfigError, loadConfig } from './config.ts';
import { gatherStartupFacts, startupNotice } from './startup-notice.ts';

/** Log lines written while starting wait until the notice in words is out, so that it comes first. */
function heldUntilStarted(target: NodeJS.WritableStream) {
  let held: string[] | undefined = [];
  return {
    stream: { write: (line: string) => void (held ? held.push(line) : target.write(line)) },
    release() {
      const lines = held ?? [];
      held = undefined;
      for (const line of lines) target.write(line);
    },
  };
}

const output = heldUntilStarted(process.stdout);

/** The web role: builds the app, listens, and shuts down cleanly on SIGINT/SIGTERM (started by server.ts). */
async function main() {
  const config = loadConfig();
  // The same JSON lines as the HTTP log, for what happens off the request path (jobs, uploads, transcription).
  const logger = pino({ level: config.logLevel }, output.stream);
  const deps = await createDependencies(config, { log: (message, details) => logger.info(details ?? {}, message) });
  const app = await buildApp(deps, { logger: { level: config.logLevel, stream: output.stream } });
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
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const facts = await gatherStartupFacts(config, { host: config.host, port }, deps.speechAvailability);
  process.stderr.write(`${startupNotice(facts).join('\n')}\n`);
  output.release();
  await deps.queue.start();
}

main().catch((error: unknown) => {
  output.release();
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Rehearse failed to start:', error);
  process.exit(1);
});
