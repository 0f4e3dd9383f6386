import { ConfigError } from '@rehearse/server/config.ts';
import { runWorker } from '@rehearse/server/worker-role.ts';
import { CliError } from '../output.ts';

/** `rehearse worker`: the worker role in this process, until SIGTERM or SIGINT. */
export async function workerCommand(): Promise<void> {
  try {
    await runWorker();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
