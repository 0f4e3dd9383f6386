import type { ElementType, ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { promptBody, promptLead, unwrapLines } from '@rehearse/core/questions/prompt-text';

// The page has its own headings; the author's sit below them.
const BLOCKS: Components = { h1: 'h4', h2: 'h4', h3: 'h4' };
// Inside a heading: the words and their inline marks, no paragraph around them.
const INLINE: Components = { p: ({ children }: { children?: ReactNode }) => children };
const INLINE_ELEMENTS = ['p', 'code', 'em', 'strong'];

/**
 * Bank text (a model answer, the code of a prompt) in Markdown: paragraphs, lists and fenced code blocks. Safe: raw
 * HTML is dropped, never rendered, and links to anything but http(s), mailto and relative addresses are removed
 * (react-markdown's URL rules). The lines the YAML wrapped at a fixed width are joined back into paragraphs.
 */
export function RichText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>
      <ReactMarkdown components={BLOCKS} skipHtml>
        {unwrapLines(text)}
      </ReactMarkdown>
    </div>
  );
}

/** One line of Markdown inside another element (a heading, a table cell): inline code and emphasis only. */
export function InlineText({ text }: { text: string }) {
  return (
    <ReactMarkdown components={INLINE} allowedElements={INLINE_ELEMENTS} unwrapDisallowed skipHtml>
      {text}
    </ReactMarkdown>
  );
}

/**
 * A question's prompt: what the interviewer says as a heading, then any code it asks about as a block below it.
 * (Lists and tables name a question by `promptWords` alone, without the code or this renderer.)
 */
export function Prompt({
  prompt,
  as: Heading = 'h2',
  id,
  testId,
}: {
  prompt: string;
  as?: ElementType;
  id?: string;
  testId?: string;
}) {
  const body = promptBody(prompt);
  return (
    <>
      <Heading id={id} data-testid={testId}>
        <InlineText text={promptLead(prompt) || prompt} />
      </Heading>
      {body && <RichText text={body} className="prompt-code" />}
    </>
  );
}
