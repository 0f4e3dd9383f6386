// `npm run bench`: runs every benchmark under bench/ in turn; each prints its own figures and ratios.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeTypeScriptArgs } from './node-ts.js';

const dir = join(import.meta.dirname, '..', 'bench');
const only = process.argv[2];
let failed = 0;
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n━━ ${file} ━━`);
  const result = spawnSync(process.execPath, [...nodeTypeScriptArgs(), join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
