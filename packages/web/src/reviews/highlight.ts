// Syntax highlighting of the diff: highlight.js's core with the six languages of the exercises only, loaded with
// the pull request's page (its own chunk), never with the first page.
import hljs from 'highlight.js/lib/core';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import { htmlToLines, plainLines, type Token } from './highlight-tokens.ts';
import type { DiffFile } from './review-diff.ts';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('python', python);
hljs.registerLanguage('java', java);
hljs.registerLanguage('go', go);
hljs.registerLanguage('sql', sql);

/** Lines of code as tokens, highlighted together (so what spans lines is seen whole); plain if the language is not known. */
export function highlightLines(lines: readonly string[], language: string): Token[][] {
  if (!hljs.getLanguage(language)) return plainLines(lines);
  const tokens = htmlToLines(hljs.highlight(lines.join('\n'), { language, ignoreIllegals: true }).value);
  return tokens.length === lines.length ? tokens : plainLines(lines);
}

/** Each line of a file's diff highlighted: the old side's lines by their old number, the new side's by their new. */
export interface FileTokens {
  old: Map<number, Token[]>;
  new: Map<number, Token[]>;
}

export function highlightFile(file: DiffFile): FileTokens {
  const result: FileTokens = { old: new Map(), new: new Map() };
  // Each hunk on each side is code in its own right: the text between hunks is not there to carry a state across.
  for (const hunk of file.hunks)
    for (const side of ['old', 'new'] as const) {
      const lines = hunk.lines.flatMap((line) => {
        const number = side === 'old' ? line.oldLine : line.newLine;
        return number === null ? [] : [{ number, text: line.text }];
      });
      const tokens = highlightLines(
        lines.map((line) => line.text),
        file.language,
      );
      lines.forEach((line, index) => result[side].set(line.number, tokens[index] ?? []));
    }
  return result;
}
