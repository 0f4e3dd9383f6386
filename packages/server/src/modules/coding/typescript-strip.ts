// TypeScript to runnable JavaScript with Node's own type stripper: type annotations become spaces, so every line
// and column stays where the candidate wrote it. Syntax that needs more than erasing (parameter properties,
// enums) is transformed instead, which may move lines.
import { stripTypeScriptTypes } from 'node:module';

export type Stripped = { ok: true; code: string } | { ok: false; message: string };

export function stripTypes(source: string): Stripped {
  try {
    return { ok: true, code: stripTypeScriptTypes(source, { mode: 'strip' }) };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') return syntaxError(error);
  }
  try {
    return { ok: true, code: stripTypeScriptTypes(source, { mode: 'transform' }) };
  } catch (error) {
    return syntaxError(error);
  }
}

function syntaxError(error: unknown): Stripped {
  const message = ((error as Error).message ?? 'invalid TypeScript').split('\n')[0] ?? 'invalid TypeScript';
  return { ok: false, message: `SyntaxError: ${message}` };
}
