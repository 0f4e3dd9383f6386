// The code that runs around a candidate's solution inside the sandbox. The prologue runs first and keeps its own
// copies of the built-ins it needs, so a solution that tampers with JSON or Array.prototype only breaks itself;
// the epilogue finds the entry (a function or class declared at the top level, or assigned to module.exports) and
// defines one call per test. Results cross back as JSON text; an operation that throws records "$throws".

const RUNNER = '__rehearseRunner';

export function harnessPrologue(): string {
  return `const ${RUNNER} = (() => {
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const isArray = Array.isArray;
  const describe = (error) => {
    if (error && typeof error === 'object') return String(error.name || 'Error') + ': ' + String(error.message);
    return 'thrown value: ' + String(error);
  };
  const plain = (value) => (value === undefined ? null : value);
  return {
    run(entry, kind, inputJson) {
      if (typeof entry !== 'function') return stringify({ missing: true });
      let now = 0;
      const clock = { now: () => now };
      const resolve = (arg) => (arg === '$clock' ? clock : arg);
      const input = parse(inputJson);
      if (kind === 'function') {
        try {
          return stringify({ value: plain(entry(...input.map(resolve))) });
        } catch (error) {
          return stringify({ threw: describe(error) });
        }
      }
      const results = [];
      let instance;
      let firstError;
      for (const op of input) {
        const [name, ...args] = op;
        try {
          if (name === 'new') { instance = new entry(...args.map(resolve)); results.push(null); }
          else if (name === '$advance') { now += args[0]; results.push(null); }
          else if (instance === undefined) throw new Error('the object was never constructed');
          else if (typeof instance[name] !== 'function') throw new TypeError(name + ' is not a method');
          else results.push(plain(instance[name](...args.map(resolve))));
        } catch (error) {
          results.push('$throws');
          firstError = firstError || describe(error);
          if (name === 'new') break;
        }
      }
      return stringify({ value: results, threw: firstError });
    },
  };
})();
const module = { exports: {} };
const exports = module.exports;
`;
}

/**
 * Appended after the solution: finds the entry and ends the script with the per-test call as its completion value,
 * which the host takes from the evaluation itself. Nothing goes through a global the solution could have claimed.
 */
export function harnessEpilogue(entry: string): string {
  return `
;const __rehearseEntry = (() => {
  try { if (typeof ${entry} !== 'undefined') return ${entry}; } catch (error) {}
  const exported = module.exports;
  if (exported && typeof exported === 'object' && typeof exported.${entry} === 'function') return exported.${entry};
  if (exported && typeof exported === 'object' && typeof exported.default === 'function') return exported.default;
  return typeof exported === 'function' ? exported : undefined;
})();
(kind, inputJson) => ${RUNNER}.run(__rehearseEntry, kind, inputJson);
`;
}

/** Number of lines the prologue adds before the solution, to map error lines back to the candidate's code. */
export function prologueLines(): number {
  return harnessPrologue().split('\n').length - 1;
}

/** What a call returned, as the sandbox reports it. */
export interface HarnessOutcome {
  readonly value?: unknown;
  readonly threw?: string;
  readonly missing?: boolean;
}
