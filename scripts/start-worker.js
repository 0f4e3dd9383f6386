// `npm run start:worker`: a worker process (ROLE=worker) on the configured database: it runs every background job
// and serves only health and metrics on PORT. Run it beside `ROLE=web npm start` on the same DATABASE_URL.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { nodeTypeScriptArgs } from './node-ts.js';

const worker = join(import.meta.dirname, '..', 'packages', 'server', 'src', 'worker.ts');
const child = spawn(process.execPath, [...nodeTypeScriptArgs(), worker], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
