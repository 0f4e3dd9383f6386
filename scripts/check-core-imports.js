// Dependency rule: the core may import only its own files and the packages its package.json declares.
// (dependency-cruiser checks the other layer rules; this one reads the declared list directly.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const core = join(import.meta.dirname, '..', 'packages', 'core');
const declared = Object.keys(JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).dependencies ?? {});
const importPattern =
  /(?:^|\s)(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const violations = [];
for (const file of readdirSync(join(core, 'src'), { recursive: true, encoding: 'utf8' })) {
  if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue; // tests may use the test runner
  const text = readFileSync(join(core, 'src', file), 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith('.')) continue;
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (!declared.includes(name))
      violations.push(`packages/core/src/${file} imports "${specifier}", which the core does not declare`);
  }
}
if (violations.length) {
  console.error(
    `✘ core import rule:\n  ${violations.join('\n  ')}\n  The core stays pure: move I/O and frameworks to an adapter in packages/server.`,
  );
  process.exit(1);
}
console.log(`✔ core imports only ${declared.join(', ')} and its own files`);
