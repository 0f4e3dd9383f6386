// Turns a candidate's module into a script the sandbox can run. The sandbox has no module system, so `export`
// keywords go (keeping every line where it was, for line numbers in messages), and what cannot work there is
// named before anything runs: static imports, require and dynamic import reach for modules that do not exist.

export type PreparedSource = { ok: true; script: string } | { ok: false; forbidden: string; line: number };

const FORBIDDEN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*import\s+(?:[\w*{$]|["'])/m, 'imports'],
  [/\bimport\s*\(/, 'dynamic import()'],
  [/\brequire\s*\(/, 'require()'],
];

const EXPORT_DECLARATION =
  /^([ \t]*)export\s+(?:default\s+)?(?=(?:async\s+)?function\b|class\b|const\b|let\b|var\b|abstract\s+class\b)/gm;
const EXPORT_LIST = /^[ \t]*export[ \t]*\{[^}\n]*\}[ \t]*;?[ \t]*$/gm;
const EXPORT_DEFAULT_NAME = /^[ \t]*export[ \t]+default[ \t]+[\w$]+[ \t]*;?[ \t]*$/gm;

export function prepareSource(source: string): PreparedSource {
  for (const [pattern, what] of FORBIDDEN_PATTERNS) {
    const match = pattern.exec(withoutComments(source));
    if (match) return { ok: false, forbidden: what, line: lineOf(source, match.index) };
  }
  const script = source
    .replace(EXPORT_DECLARATION, '$1')
    .replace(EXPORT_LIST, (line) => ' '.repeat(line.length))
    .replace(EXPORT_DEFAULT_NAME, (line) => ' '.repeat(line.length));
  return { ok: true, script };
}

/** Comments and strings blanked to spaces, so that "require(" in a comment forbids nothing; lengths kept. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, (text) =>
    text.replace(/[^\n]/g, ' '),
  );
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}
