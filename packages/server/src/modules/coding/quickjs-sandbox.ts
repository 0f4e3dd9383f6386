// Runs untrusted JavaScript in QuickJS compiled to WebAssembly: the code sees only the language and what we hand
// it (console, an injected clock through the harness), never the host's files, environment, network or processes.
// Every call gets a fresh runtime with a memory limit, a stack limit and a deadline; output is capped. WebAssembly
// memory never shrinks, so each check gets a fresh module, and a run that grows it past the limit is stopped even
// where QuickJS's own accounting misses an allocation.
import {
  newQuickJSWASMModule,
  RELEASE_SYNC,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten';
import { harnessEpilogue, harnessPrologue, prologueLines, type HarnessOutcome } from '@rehearse/core';

/** The module's linear memory, which only ever grows (typed here: the server's lib has no WebAssembly types). */
interface WasmMemory {
  readonly buffer: { readonly byteLength: number };
}

export type StopReason = 'timeout' | 'memory' | 'output' | 'forbidden';

export interface SandboxLimits {
  readonly timeoutMs: number;
  readonly memoryBytes: number;
  readonly outputBytes: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 2000, memoryBytes: 64 * 1024 * 1024, outputBytes: 64 * 1024 };

export type CallResult =
  | { readonly status: 'ok'; readonly outcome: HarnessOutcome; readonly ms: number; readonly output: string }
  | { readonly status: 'stopped'; readonly reason: StopReason; readonly detail: string; readonly ms: number }
  | { readonly status: 'error'; readonly message: string; readonly line: number | null };

export interface SandboxSession {
  /** Loads the solution into a fresh runtime and calls its entry with one input (args or ops) as JSON text. */
  call(
    script: string,
    entry: string,
    kind: 'function' | 'class',
    inputJson: string,
    limits?: SandboxLimits,
  ): CallResult;
  /** Evaluates a trusted expression (a large test's generator) in the sandbox and returns its JSON text. */
  evaluateJson(expression: string, limits?: SandboxLimits): string;
  dispose(): void;
}

const FORBIDDEN_GLOBALS = ['process', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket', 'Deno', 'Bun', 'std', 'os'];
/** Generated inputs may be large (a few MB of JSON); results must stay far smaller than that. */
const MAX_RESULT_CHARACTERS = 4 * 1024 * 1024;

export async function openSandbox(): Promise<SandboxSession> {
  const module = await newQuickJSWASMModule(RELEASE_SYNC);
  return new QuickJsSession(module);
}

class QuickJsSession implements SandboxSession {
  private readonly module: QuickJSWASMModule;
  private readonly memory: WasmMemory;

  constructor(module: QuickJSWASMModule) {
    this.module = module;
    const memory: unknown = module.getWasmMemory();
    this.memory = memory as WasmMemory;
  }

  call(script: string, entry: string, kind: 'function' | 'class', inputJson: string, limits = DEFAULT_LIMITS) {
    return this.withContext(limits, (context, guard): CallResult => {
      const loaded = context.evalCode(`${harnessPrologue()}${script}${harnessEpilogue(entry)}`, 'solution.js');
      if (loaded.error) return guard.stopped() ?? this.loadError(context, loaded.error);
      // The script's completion value is the call: the solution cannot have replaced it.
      const run = loaded.value;
      const kindHandle = context.newString(kind);
      const inputHandle = context.newString(inputJson);
      guard.startClock();
      const result = context.callFunction(run, context.undefined, kindHandle, inputHandle);
      const ms = guard.elapsed();
      // Promise jobs (an import() included) run now, so that what they reach for is caught too.
      context.runtime.executePendingJobs();
      [run, kindHandle, inputHandle].forEach((handle) => handle.dispose());
      const stopped = guard.stopped();
      if (result.error) {
        const message = errorMessage(context, result.error);
        result.error.dispose();
        const reason = reasonOf(message);
        return (
          stopped ??
          (reason ? { status: 'stopped', reason, detail: message, ms } : { status: 'error', message, line: null })
        );
      }
      const text = context.typeof(result.value) === 'string' ? context.getString(result.value) : '';
      result.value.dispose();
      if (stopped) return stopped;
      if (text.length > MAX_RESULT_CHARACTERS)
        return { status: 'stopped', reason: 'output', detail: 'The result is too large to return.', ms };
      const outcome = readOutcome(text);
      if (!outcome)
        return {
          status: 'error',
          message: 'The result could not be read: the code changed built-in objects.',
          line: null,
        };
      if (outcome.threw && /out of memory|string too long/i.test(outcome.threw))
        return { status: 'stopped', reason: 'memory', detail: 'The code ran out of memory.', ms };
      return { status: 'ok', outcome, ms, output: guard.output() };
    });
  }

  evaluateJson(expression: string, limits = DEFAULT_LIMITS): string {
    const result = this.withContext(limits, (context) => {
      const evaluated = context.evalCode(`JSON.stringify(${expression})`, 'generate.js');
      if (evaluated.error) {
        const message = errorMessage(context, evaluated.error);
        evaluated.error.dispose();
        throw new Error(`generator failed: ${message}`);
      }
      const text = context.getString(evaluated.value);
      evaluated.value.dispose();
      return text;
    });
    return result;
  }

  dispose(): void {
    // The module is garbage collected with its memory; runtimes and contexts are disposed after each call.
  }

  private withContext<T>(limits: SandboxLimits, use: (context: QuickJSContext, guard: Guard) => T): T {
    const runtime = this.module.newRuntime();
    const guard = new Guard(limits, this.memory);
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(256 * 1024);
    runtime.setInterruptHandler(() => guard.shouldInterrupt());
    runtime.setModuleLoader(() => {
      guard.forbid('import()');
      throw new Error('Modules are not available in the sandbox.');
    });
    const context = runtime.newContext();
    const hostFunctions: QuickJSHandle[] = [];
    try {
      hostFunctions.push(...installGlobals(context, guard));
      return use(context, guard);
    } finally {
      // Host functions stay alive as long as the context can call them.
      for (const handle of hostFunctions) handle.dispose();
      context.dispose();
      disposeRuntime(runtime);
    }
  }

  private loadError(context: QuickJSContext, error: QuickJSHandle): CallResult {
    const dumped = context.dump(error) as { name?: string; message?: string; stack?: string } | undefined;
    error.dispose();
    const line = /solution\.js:(\d+)/.exec(dumped?.stack ?? '')?.[1];
    return {
      status: 'error',
      message: `${dumped?.name ?? 'Error'}: ${dumped?.message ?? 'the code could not run'}`,
      line: line ? Math.max(1, Number(line) - prologueLines()) : null,
    };
  }
}

/** The limits of one call, checked by QuickJS's interrupt handler as the code runs. */
class Guard {
  private deadline: number;
  private started = performance.now();
  private readonly memoryAtStart: number;
  private printed = '';
  private reason: { reason: StopReason; detail: string } | null = null;
  private readonly limits: SandboxLimits;
  private readonly memory: WasmMemory;

  constructor(limits: SandboxLimits, memory: WasmMemory) {
    this.limits = limits;
    this.memory = memory;
    this.deadline = Date.now() + limits.timeoutMs;
    this.memoryAtStart = memory.buffer.byteLength;
  }

  startClock(): void {
    this.started = performance.now();
    this.deadline = Date.now() + this.limits.timeoutMs;
  }

  elapsed(): number {
    return Math.round((performance.now() - this.started) * 100) / 100;
  }

  shouldInterrupt(): boolean {
    if (this.reason) return true;
    if (Date.now() > this.deadline)
      this.stop('timeout', `The code ran longer than ${this.limits.timeoutMs} ms and was stopped.`);
    else if (this.memory.buffer.byteLength - this.memoryAtStart > this.limits.memoryBytes)
      this.stop('memory', `The code used more than ${megabytes(this.limits.memoryBytes)} MB of memory.`);
    return this.reason !== null;
  }

  print(text: string): void {
    if (this.printed.length + text.length > this.limits.outputBytes) {
      this.stop('output', `The code printed more than ${Math.round(this.limits.outputBytes / 1024)} KB.`);
      return;
    }
    this.printed += text;
  }

  forbid(what: string): void {
    this.stop('forbidden', `${what} is not available: solutions run without files, network, processes or modules.`);
  }

  stopped(): CallResult | null {
    return this.reason ? { status: 'stopped', ...this.reason, ms: this.elapsed() } : null;
  }

  output(): string {
    return this.printed;
  }

  private stop(reason: StopReason, detail: string): void {
    this.reason ??= { reason, detail };
  }
}

/** Console output goes to the guard; the host's globals are traps that stop the run. Returns the host functions. */
function installGlobals(context: QuickJSContext, guard: Guard): QuickJSHandle[] {
  const log = context.newFunction('log', (...args) => {
    guard.print(`${args.map((arg) => stringifyForLog(context, arg)).join(' ')}\n`);
  });
  const consoleObject = context.newObject();
  for (const name of ['log', 'info', 'warn', 'error', 'debug']) context.setProp(consoleObject, name, log);
  context.setProp(context.global, 'console', consoleObject);
  consoleObject.dispose();
  const forbid = context.newFunction('forbid', (nameHandle) => {
    guard.forbid(context.getString(nameHandle));
  });
  context.setProp(context.global, '__rehearseForbid', forbid);
  const traps = context.evalCode(
    `for (const name of ${JSON.stringify(FORBIDDEN_GLOBALS)}) Object.defineProperty(globalThis, name, {
      get() { __rehearseForbid(name); throw new ReferenceError(name + ' is not available in the sandbox'); },
      configurable: false,
    });`,
  );
  context.unwrapResult(traps).dispose();
  return [log, forbid];
}

function readOutcome(text: string): HarnessOutcome | null {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const keys = Object.keys(parsed);
    return keys.every((key) => key === 'value' || key === 'threw' || key === 'missing') ? parsed : null;
  } catch {
    return null;
  }
}

function stringifyForLog(context: QuickJSContext, handle: QuickJSHandle): string {
  const type = context.typeof(handle);
  if (type === 'string') return context.getString(handle);
  const text = context.dump(handle) as unknown;
  return typeof text === 'string' ? text : (JSON.stringify(text) ?? String(text));
}

function errorMessage(context: QuickJSContext, error: QuickJSHandle): string {
  const dumped = context.dump(error) as { name?: string; message?: string } | string | undefined;
  if (dumped && typeof dumped === 'object') return `${dumped.name ?? 'Error'}: ${dumped.message ?? ''}`;
  return String(dumped);
}

function reasonOf(message: string): StopReason | null {
  if (/out of memory/i.test(message)) return 'memory';
  if (/interrupted/i.test(message)) return 'timeout';
  return null;
}

function disposeRuntime(runtime: QuickJSRuntime): void {
  try {
    runtime.dispose();
  } catch {
    // A runtime stopped mid-allocation may hold objects QuickJS cannot account for; the module goes with the check.
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
