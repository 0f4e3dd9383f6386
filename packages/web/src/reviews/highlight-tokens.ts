// highlight.js writes its result as HTML: spans with classes around escaped text. This reads it back into lines of
// tokens, so the diff renders them as React text (never as HTML), a line at a time, spans that cross a line break
// (a block comment, a template string) carried over to the next line.

export interface Token {
  text: string;
  /** highlight.js's classes of the token (e.g. "hljs-keyword"), or null for plain text. */
  className: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);

export function htmlToLines(html: string): Token[][] {
  const lines: Token[][] = [[]];
  const open: string[] = [];
  const push = (text: string) => {
    if (!text) return;
    const className = open.length ? open.join(' ') : null;
    lines[lines.length - 1]!.push({ text, className });
  };
  for (const match of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+|</g)) {
    const [piece, className] = match;
    if (className !== undefined) open.push(className);
    else if (piece === '</span>') open.pop();
    else {
      const [first = '', ...rest] = decode(piece).split('\n');
      push(first);
      for (const text of rest) {
        lines.push([]);
        push(text);
      }
    }
  }
  return lines;
}

/** Lines as plain tokens, before (or without) highlighting. */
export const plainLines = (lines: readonly string[]): Token[][] =>
  lines.map((text) => (text ? [{ text, className: null }] : []));
