import ReactMarkdown, { type Components } from 'react-markdown';

// The page has its title (h1) and the statement's section heading (h2): the statement's own headings sit below.
const COMPONENTS: Components = { h1: 'h3', h2: 'h3' };

/**
 * A problem statement in Markdown (CommonMark). Safe by default: raw HTML in the text is shown as text, never
 * rendered, and links to anything but http(s), mailto and relative addresses are dropped (react-markdown's rules).
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown components={COMPONENTS}>{text}</ReactMarkdown>
    </div>
  );
}
