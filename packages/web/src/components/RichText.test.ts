// The bank's text through the renderer the pages use: safe Markdown, and no prompt or model answer that Markdown
// would read as something its author did not write (a list, emphasis, a link, HTML).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from '@rehearse/core';
import { InlineText, Prompt, RichText } from './RichText.tsx';

const html = (text: string) => renderToStaticMarkup(createElement(RichText, { text }));

describe('bank text as Markdown', () => {
  it('joins the lines the YAML wrapped, keeps paragraphs, and shows code as a block', () => {
    expect(html('The id is\nconcatenated.\n\nSecond, the error\nis swallowed.')).toBe(
      '<div class="rich-text"><p>The id is concatenated.</p>\n<p>Second, the error is swallowed.</p></div>',
    );
    expect(html('```js\nconst a = 1;\nreturn a;\n```')).toContain(
      '<pre><code class="language-js">const a = 1;\nreturn a;\n</code></pre>',
    );
  });

  it('never renders raw HTML nor a script link', () => {
    const out = html('Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))');
    expect(out).not.toMatch(/<script|<img|onerror|javascript:/);
  });

  it('puts a prompt’s words in the heading and its code below it', () => {
    const out = renderToStaticMarkup(
      createElement(Prompt, { prompt: 'Review `this`:\n\n```js\nx();\n```', as: 'h1', id: 't' }),
    );
    expect(out).toBe(
      '<h1 id="t">Review <code>this</code>:</h1><div class="rich-text prompt-code"><pre><code class="language-js">x();\n</code></pre></div>',
    );
    expect(renderToStaticMarkup(createElement(InlineText, { text: '# Not a heading\n\n- nor a list' }))).not.toMatch(
      /<h\d|<li/,
    );
  });
});

describe('the question bank', () => {
  // The files as text, through the test runner's bundler (no file access from the web app's code).
  const files = import.meta.glob<string>('../../../../content/questions/**/*.yaml', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const ALLOWED = new Set(['div', 'p', 'code', 'pre', 'h1']);

  it('reads as its authors wrote it: paragraphs, inline code and code blocks only', () => {
    const surprises: string[] = [];
    for (const [file, text] of Object.entries(files)) {
      const parsed = parseQuestionFile(text);
      if (!parsed.ok) continue;
      const { prompt, modelAnswer } = parsed.question;
      const rendered = {
        prompt: renderToStaticMarkup(createElement(Prompt, { prompt, as: 'h1' })),
        modelAnswer: html(modelAnswer),
      };
      for (const [field, out] of Object.entries(rendered)) {
        const tags = [...out.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1]!);
        const odd = tags.filter((tag) => !ALLOWED.has(tag));
        if (odd.length) surprises.push(`${file.split('/questions/')[1]} ${field}: <${[...new Set(odd)].join('>, <')}>`);
      }
    }
    expect(surprises).toEqual([]);
    expect(Object.keys(files).length).toBeGreaterThan(200);
  });
});
