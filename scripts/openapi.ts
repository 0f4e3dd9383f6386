// The API contract, from the routes' schemas:
//   node scripts/openapi.ts types         writes the web app's types (packages/web/src/api/schema.d.ts)
//   node scripts/openapi.ts lint          lints the document with Redocly's recommended rules (fails on errors)
//   node scripts/openapi.ts json [file]   prints (or writes) the document
// The contract test (packages/server/test/openapi.int.test.ts) runs the lint and checks the types are current.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument } from '../packages/server/src/openapi-document.ts';

const root = join(import.meta.dirname, '..');
export const SCHEMA_TYPES_FILE = join(root, 'packages', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = `// Generated from the OpenAPI document by \`npm run api:types\`: do not edit by hand.
// The server's route schemas are the source; the contract test fails when this file is out of date.
`;

/** The TypeScript types openapi-typescript makes of the document, formatted as the repository formats code. */
export async function renderSchemaTypes(document: Record<string, unknown>): Promise<string> {
  // A field with a default is optional to send (the server fills it in); responses list every field they carry.
  const types = astToString(await openapiTS(document as unknown as OpenAPI3, { defaultNonNullable: false }));
  const options = await prettier.resolveConfig(SCHEMA_TYPES_FILE);
  return prettier.format(HEADER + types, { ...options, filepath: SCHEMA_TYPES_FILE });
}

export interface LintResult {
  errors: number;
  warnings: number;
  /** Redocly's report in words, one line a problem. */
  report: string;
}

/** Redocly CLI's recommended ruleset on the document; offline, without telemetry. */
export function lintDocument(document: Record<string, unknown>): LintResult {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-redocly-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const run = (format: string) =>
      spawnSync(process.execPath, [cli, 'lint', file, '--extends=recommended', `--format=${format}`], {
        cwd: dir, // no redocly.yaml of ours or anyone's is picked up: the recommended rules as published
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      });
    const json = run('json');
    const totals = (JSON.parse(json.stdout) as { totals: { errors: number; warnings: number } }).totals;
    const stylish = run('stylish');
    return { errors: totals.errors, warnings: totals.warnings, report: `${stylish.stdout}${stylish.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(command: string | undefined, argument: string | undefined) {
  const document = await openApiDocument();
  if (command === 'types') {
    writeFileSync(SCHEMA_TYPES_FILE, await renderSchemaTypes(document));
    console.log(`✔ wrote ${SCHEMA_TYPES_FILE.slice(root.length + 1)}`);
  } else if (command === 'check-types') {
    const current = await renderSchemaTypes(document);
    if (readFileSync(SCHEMA_TYPES_FILE, 'utf8') !== current) {
      console.error('✘ packages/web/src/api/schema.d.ts is out of date: run `npm run api:types`');
      process.exitCode = 1;
    } else console.log('✔ the web app types match the OpenAPI document');
  } else if (command === 'lint') {
    const result = lintDocument(document);
    console.log(result.report);
    if (result.errors > 0) process.exitCode = 1;
  } else if (command === 'json') {
    const text = JSON.stringify(document, null, 2);
    if (argument) writeFileSync(argument, text);
    else console.log(text);
  } else {
    console.error('usage: node scripts/openapi.ts types | check-types | lint | json [file]');
    process.exitCode = 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2], process.argv[3]);
