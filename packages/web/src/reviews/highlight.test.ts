import { describe, expect, it } from 'vitest';
import { highlightFile, highlightLines } from './highlight.ts';
import { htmlToLines, plainLines } from './highlight-tokens.ts';

const text = (line: { text: string }[]) => line.map((t) => t.text).join('');

describe('htmlToLines', () => {
  it('reads spans and escaped text into tokens, line by line', () => {
    expect(
      htmlToLines('<span class="hljs-keyword">const</span> a = &quot;&lt;b&gt; &amp; &#x27;c&#x27;&quot;;'),
    ).toEqual([
      [
        { text: 'const', className: 'hljs-keyword' },
        { text: ' a = "<b> & \'c\'";', className: null },
      ],
    ]);
  });

  it('carries a span across a line break and joins nested classes', () => {
    expect(htmlToLines('<span class="hljs-comment">/* a\nb <span class="hljs-doctag">@x</span> */</span>\n')).toEqual([
      [{ text: '/* a', className: 'hljs-comment' }],
      [
        { text: 'b ', className: 'hljs-comment' },
        { text: '@x', className: 'hljs-comment hljs-doctag' },
        { text: ' */', className: 'hljs-comment' },
      ],
      [],
    ]);
  });
});

describe('highlightLines', () => {
  it('highlights each of the six languages and keeps the text and the number of lines', () => {
    const samples: Record<string, string[]> = {
      typescript: ['const sql =', '  "SELECT 1" + id;'],
      javascript: ['function f() {', '  return `a', 'b`;', '}'],
      python: ['def f(x):', '    """doc', '    string"""', '    return x'],
      java: ['public class A {', '  int x = 1;', '}'],
      go: ['func f() error {', '\treturn nil', '}'],
      sql: ['SELECT id', 'FROM orders', "WHERE status = 'shipped';"],
    };
    for (const [language, lines] of Object.entries(samples)) {
      const tokens = highlightLines(lines, language);
      expect(tokens.map(text), language).toEqual(lines);
      expect(
        tokens.flat().some((t) => t.className?.includes('hljs-keyword')),
        language,
      ).toBe(true);
    }
  });

  it('knows a string that spans lines on each of its lines', () => {
    const [, second] = highlightLines(['const a = `one', 'two`;'], 'typescript');
    expect(second?.[0]).toEqual({ text: 'two`', className: 'hljs-string' });
  });

  it('leaves a language it does not know as plain text', () => {
    expect(highlightLines(['x = 1', ''], 'cobol')).toEqual(plainLines(['x = 1', '']));
  });
});

describe('highlightFile', () => {
  it('highlights each side of each hunk, by line number', () => {
    const tokens = highlightFile({
      path: 'a.py',
      language: 'python',
      status: 'modified',
      additions: 1,
      deletions: 1,
      hunks: [
        {
          header: '@@ -1,2 +1,2 @@',
          lines: [
            { kind: 'context', text: 'import os', oldLine: 1, newLine: 1 },
            { kind: 'removed', text: 'x = 1', oldLine: 2, newLine: null },
            { kind: 'added', text: 'x = None', oldLine: null, newLine: 2 },
          ],
        },
      ],
    });
    expect([...tokens.old.keys()]).toEqual([1, 2]);
    expect([...tokens.new.keys()]).toEqual([1, 2]);
    expect(text(tokens.new.get(2)!)).toBe('x = None');
    expect(tokens.new.get(2)!.some((t) => t.className === 'hljs-literal')).toBe(true);
  });
});
