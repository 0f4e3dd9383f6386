// `npm start`: build the web app if needed, then run the server (SQLite and recordings in ./data by default).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { serverNodeArgs } from './node-ts.js';
import { buildWebIfStale } from './build-web.js';

buildWebIfStale();
const server = join(import.meta.dirname, '..', 'packages', 'server', 'src', 'server.ts');
const child = spawn(process.execPath, [...serverNodeArgs(), server], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
