// `npm run dev`: the server restarting on change, and Vite with hot reload on http://localhost:5173.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { nodeTypeScriptArgs } from './node-ts.js';

const root = join(import.meta.dirname, '..');
const children = [
  spawn(process.execPath, [...nodeTypeScriptArgs(), '--watch', join(root, 'packages', 'server', 'src', 'server.ts')], {
    stdio: 'inherit',
  }),
  spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js')], {
    cwd: join(root, 'packages', 'web'),
    stdio: 'inherit',
  }),
];
console.log('Open http://localhost:5173 (API on http://localhost:3000)');
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
