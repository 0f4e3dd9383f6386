// The escape battery: code that tries to leave the sandbox, exhaust the host or tamper with the harness. Each case
// must end with a clear stop (or a failed test) and leave the host as it was: no file written, the environment
// unchanged, the process alive and its memory bounded.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProblemWithReferences } from '@rehearse/core';
import { checkSolution } from './code-check.ts';
import { openSandbox, type SandboxSession } from './quickjs-sandbox.ts';

const echo: ProblemWithReferences = {
  problem: {
    id: 'echo',
    title: 'Echo',
    level: 'junior',
    tags: ['test'],
    kind: 'function',
    entry: 'echo',
    statement: 'Return the argument as it is. '.repeat(4),
    starter: { typescript: 'export function echo(x: unknown) {}', javascript: 'export function echo(x) {}' },
    complexity: { time: 'O(1)', space: 'O(1)' },
    goodCode: ['returns the value untouched', 'nothing else at all'],
    followUps: ['what would you test here?', 'why does it exist?'],
    tests: {
      visible: [
        { name: 'a number', args: [1], expected: 1 },
        { name: 'a string', args: ['x'], expected: 'x' },
      ],
      hidden: [
        { name: 'null', args: [null], expected: null },
        { name: 'a list', args: [[1, 2]], expected: [1, 2] },
        { name: 'an object', args: [{ a: 1 }], expected: { a: 1 } },
      ],
      large: [{ name: 'a long list', generate: '[Array.from({ length: 1000 }, (_, i) => i)]' }],
    },
  },
  references: {
    typescript: 'export function echo(x: unknown) { return x; }',
    javascript: 'export function echo(x) { return x; }',
  },
};

const canary = join(tmpdir(), `rehearse-escape-${process.pid}`);
let session: SandboxSession;
const check = (source: string, language: 'javascript' | 'typescript' = 'javascript') =>
  checkSolution({ problem: echo, language, source }, session);

// A fresh sandbox per case, as each check gets in the app: WebAssembly memory never shrinks.
beforeEach(async () => {
  session = await openSandbox();
});
afterAll(() => rmSync(canary, { force: true }));

describe('the sandbox', () => {
  it('runs a correct solution and scores it fully', () => {
    const report = check('export function echo(value) {\n  return value;\n}\n');
    expect(report.scores.correctness).toBe(100);
    expect(report.stopped).toBeNull();
  });

  const stops: Array<[string, string, string]> = [
    ['an infinite loop', 'export function echo(x) { for (;;) {} }', 'timeout'],
    ['a memory bomb', 'export function echo(x) { const a = []; for (;;) a.push(new Array(1000).fill(x)); }', 'memory'],
    ['a string that doubles forever', 'export function echo(x) { let s = "x"; for (;;) s += s; }', 'memory'],
    ['an output flood', 'export function echo(x) { for (;;) console.log("spam", x); }', 'output'],
    ["require('fs')", "const fs = require('fs');\nexport function echo(x) { return x; }", 'forbidden'],
    ['a static import', "import { writeFileSync } from 'node:fs';\nexport function echo(x) { return x; }", 'forbidden'],
    ['a dynamic import', "export function echo(x) { import('node:child_process'); return x; }", 'forbidden'],
    [
      'an import() built at run time',
      "export function echo(x) { eval('imp' + 'ort(\"fs\")'); return x; }",
      'forbidden',
    ],
    ['process.env', 'export function echo(x) { return process.env.HOME; }', 'forbidden'],
    ['fetch', "export function echo(x) { fetch('http://127.0.0.1:1/'); return x; }", 'forbidden'],
    ['a fork bomb by spawning', "export function echo(x) { return process.binding('spawn_sync'); }", 'forbidden'],
    [
      'reading /etc/passwd through globalThis',
      "export function echo(x) { return globalThis['req' + 'uire']('fs').readFileSync('/etc/passwd', 'utf8'); }",
      'forbidden',
    ],
  ];
  it.each(stops)('stops %s with a clear reason', (_name, source, reason) => {
    const report = check(source);
    expect(report.stopped?.reason).toBe(reason);
    expect(report.stopped?.detail.length).toBeGreaterThan(20);
    expect(report.scores.correctness).toBeLessThan(100);
  });

  it('cannot write a file or change the environment through anything it can reach', () => {
    const attempts = [
      `export function echo(x) { try { globalThis.process.mainModule.require('fs').writeFileSync(${JSON.stringify(canary)}, 'x'); } catch (e) {} return x; }`,
      `export function echo(x) { try { this.constructor.constructor('return process')().env.HACKED = '1'; } catch (e) {} return x; }`,
      `export function echo(x) { try { (function(){ return this })().process.exit(1); } catch (e) {} return x; }`,
    ];
    for (const source of attempts) check(source);
    expect(existsSync(canary)).toBe(false);
    expect(process.env.HACKED).toBeUndefined();
  });

  it('survives stack exhaustion and reports it as a failed test', () => {
    const report = check('export function echo(x) { return echo(x) + 1; }');
    expect(report.scores.correctness).toBe(0);
    expect(report.failures[0]?.message).toMatch(/stack overflow/i);
  });

  it('keeps the harness honest when the solution tampers with built-ins', () => {
    const report = check(
      'Object.prototype.toJSON = function () { return { value: "forged" }; };\nJSON.stringify = () => "{}";\nexport function echo(x) { return "wrong"; }',
    );
    expect(report.scores.correctness).toBe(0);
  });

  it("cannot forge results by claiming the harness's names", () => {
    const report = check(
      "Object.defineProperty(globalThis, '__rehearseRun', { value: () => '{\"value\":1}', writable: false, configurable: false });\nexport function echo(x) { return 'forged'; }",
    );
    expect(report.scores.correctness).toBe(0);
  });

  it('keeps one run from leaking into the next', () => {
    check('globalThis.leaked = 42;\nexport function echo(x) { return x; }');
    const report = check('export function echo(x) { return typeof leaked === "undefined" ? x : "leaked"; }');
    expect(report.scores.correctness).toBe(100);
  });

  it('reports a syntax error with its line instead of running', () => {
    const report = check('export function echo(x) {\n  return x +;\n}', 'typescript');
    expect(report.compileError?.line).toBe(2);
    expect(report.results).toEqual([]);
  });

  it('keeps the host process within bounds after the battery', () => {
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 * 1024 * 1024);
  });
});
