// `npm test`: the quality gate, then unit, integration (SQLite and PostgreSQL) and browser tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildWebIfStale } from './build-web.js';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (label, command, args) => {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(
    `━━ ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('check (typecheck, lint, format, dependency rules)', npm, ['run', 'check']);
run('unit tests', npm, ['run', 'test:unit']);
run('integration tests (SQLite and PostgreSQL)', npm, ['run', 'test:integration']);
buildWebIfStale();
run('browser journeys (headless Chromium)', npm, ['run', 'test:e2e']);
