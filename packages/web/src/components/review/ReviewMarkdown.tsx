import ReactMarkdown, { type Components } from 'react-markdown';

// The page has its title (h1) and the description's heading (h2): the author's own headings sit below them.
const COMPONENTS: Components = { h1: 'h3', h2: 'h3' };

/**
 * A pull request's description in Markdown (CommonMark). Raw HTML in it is dropped, never rendered (skipHtml), and
 * links to anything but http(s), mailto and relative addresses are removed (react-markdown's default URL rules).
 */
export function ReviewMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown pr-description">
      <ReactMarkdown components={COMPONENTS} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
