// Entry point of the worker role (ROLE=worker): `npm run start:worker`. See worker-role.ts.
import { ConfigError } from './config.ts';
import { runWorker } from './worker-role.ts';

runWorker().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Rehearse worker failed to start:', error);
  process.exit(1);
});
