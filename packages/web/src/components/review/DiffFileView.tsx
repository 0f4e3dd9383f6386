import { Fragment, memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Token } from '../../reviews/highlight-tokens.ts';
import type { FileTokens } from '../../reviews/highlight.ts';
import { fileAnchorId, lineAnchorId, splitRows, type DiffFile, type DiffLine } from '../../reviews/review-diff.ts';

export type DiffViewMode = 'unified' | 'split';

export interface DiffFileViewProps {
  file: DiffFile;
  index: number;
  view: DiffViewMode;
  tokens: FileTokens | null;
  // The callbacks take the file's path, so one of each serves every file and a memoised file renders again only
  // when what it shows changed (not at each keystroke of the summary).
  /** Extra classes of a new-side line: the lines being commented on, the marks of the debrief. */
  lineClass: (path: string, line: number) => string;
  /** What goes under a new-side line (comments, the comment box, the debrief's notes), or null. */
  notesAfter: (path: string, line: number) => ReactNode;
  /** Commenting on: a line's number was chosen; `extend` (shift) makes a range with the open comment box. */
  onChooseLine?: ((path: string, line: number, extend: boolean) => void) | undefined;
}

const SIGNS = { context: ' ', added: '+', removed: '−' } as const;
const KIND_WORDS = { context: '', added: 'Added: ', removed: 'Removed: ' } as const;

/** One file of the pull request: its header, then each hunk, unified or side by side, with line numbers and notes. */
export const DiffFileView = memo(function DiffFileView(props: DiffFileViewProps) {
  const { file, index, view } = props;
  const columns = view === 'split' ? 4 : 3;
  return (
    <section className="card diff-file" aria-labelledby={fileAnchorId(index)}>
      <header className="diff-file-header">
        <h3 id={fileAnchorId(index)} tabIndex={-1}>
          <code>{file.path}</code>
        </h3>
        <span className="badge">{file.status === 'added' ? 'new file' : 'modified'}</span>
        <DiffStat additions={file.additions} deletions={file.deletions} />
      </header>
      <div className="diff-scroll">
        <table className={`diff diff-${view}`}>
          <caption className="visually-hidden">
            Changes to {file.path}, {view === 'split' ? 'old and new side by side' : 'unified'}
          </caption>
          {view === 'split' ? (
            <colgroup>
              <col className="num-col" />
              <col />
              <col className="num-col" />
              <col />
            </colgroup>
          ) : (
            <colgroup>
              <col className="num-col" />
              <col className="num-col" />
              <col />
            </colgroup>
          )}
          {file.hunks.map((hunk) => (
            <tbody key={hunk.header}>
              <tr className="diff-hunk">
                <td colSpan={columns}>{hunk.header}</td>
              </tr>
              {view === 'split'
                ? splitRows(hunk.lines).map((row) => (
                    <Fragment key={`${row.left?.oldLine ?? ''}:${row.right?.newLine ?? ''}`}>
                      <SplitRow {...props} left={row.left} right={row.right} />
                      <Notes {...props} line={row.right?.newLine ?? null} columns={columns} />
                    </Fragment>
                  ))
                : hunk.lines.map((line) => (
                    <Fragment key={`${line.oldLine ?? ''}:${line.newLine ?? ''}`}>
                      <UnifiedRow {...props} line={line} />
                      <Notes {...props} line={line.newLine} columns={columns} />
                    </Fragment>
                  ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
});

export function DiffStat({ additions, deletions }: { additions: number; deletions: number }) {
  return (
    <span className="diff-stat">
      <span className="additions" aria-label={`${additions} added`}>
        +{additions}
      </span>{' '}
      <span className="deletions" aria-label={`${deletions} removed`}>
        −{deletions}
      </span>
    </span>
  );
}

function Notes({ file, line, columns, notesAfter }: DiffFileViewProps & { line: number | null; columns: number }) {
  const notes = line === null ? null : notesAfter(file.path, line);
  if (notes === null || notes === undefined || notes === false) return null;
  return (
    <tr className="diff-notes">
      <td colSpan={columns}>{notes}</td>
    </tr>
  );
}

function UnifiedRow({ file, index, tokens, lineClass, onChooseLine, line }: DiffFileViewProps & { line: DiffLine }) {
  const extra = line.newLine === null ? '' : lineClass(file.path, line.newLine);
  return (
    <tr
      className={`diff-line ${line.kind} ${extra}`}
      id={line.newLine === null ? undefined : lineAnchorId(index, line.newLine)}
    >
      <td className="num">{line.oldLine}</td>
      <td className="num">
        <LineNumber path={file.path} line={line.newLine} onChooseLine={onChooseLine} />
      </td>
      <td className="code">
        <Code line={line} tokens={tokenOf(tokens, line)} />
      </td>
    </tr>
  );
}

function SplitRow({
  file,
  index,
  tokens,
  lineClass,
  onChooseLine,
  left,
  right,
}: DiffFileViewProps & { left: DiffLine | null; right: DiffLine | null }) {
  const extra = right?.newLine ? lineClass(file.path, right.newLine) : '';
  return (
    <tr className={`diff-line ${extra}`} id={right?.newLine ? lineAnchorId(index, right.newLine) : undefined}>
      <td className={`num ${left?.kind ?? 'empty'}`}>{left?.oldLine}</td>
      <td className={`code ${left?.kind ?? 'empty'}`}>
        {left && <Code line={left} tokens={left.oldLine === null ? undefined : tokens?.old.get(left.oldLine)} />}
      </td>
      <td className={`num ${right?.kind ?? 'empty'}`}>
        <LineNumber path={file.path} line={right?.newLine ?? null} onChooseLine={onChooseLine} />
      </td>
      <td className={`code ${right?.kind ?? 'empty'}`}>
        {right && <Code line={right} tokens={right.newLine === null ? undefined : tokens?.new.get(right.newLine)} />}
      </td>
    </tr>
  );
}

const tokenOf = (tokens: FileTokens | null, line: DiffLine) =>
  line.newLine !== null
    ? tokens?.new.get(line.newLine)
    : line.oldLine !== null
      ? tokens?.old.get(line.oldLine)
      : undefined;

function Code({ line, tokens }: { line: DiffLine; tokens: Token[] | undefined }) {
  return (
    <>
      <span className="sign" aria-hidden="true">
        {SIGNS[line.kind]}
      </span>
      {KIND_WORDS[line.kind] && <span className="visually-hidden">{KIND_WORDS[line.kind]}</span>}
      <span className="text">
        {tokens
          ? tokens.map((token, i) =>
              token.className ? (
                <span key={i} className={token.className}>
                  {token.text}
                </span>
              ) : (
                token.text
              ),
            )
          : line.text}
      </span>
    </>
  );
}

/** A new-side line's number: a button that opens a comment box there while the review can be commented on. */
function LineNumber({
  path,
  line,
  onChooseLine,
}: {
  path: string;
  line: number | null;
  onChooseLine: DiffFileViewProps['onChooseLine'];
}) {
  if (line === null) return null;
  if (!onChooseLine) return <>{line}</>;
  const click = (event: MouseEvent) => onChooseLine(path, line, event.shiftKey);
  // Shift+Enter makes a range from the keyboard as shift-click does with the mouse.
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      onChooseLine(path, line, true);
    }
  };
  return (
    <button
      type="button"
      className="line-number"
      aria-label={`Comment on line ${line} of ${path}`}
      title="Comment on this line (shift-click another line for a range)"
      onClick={click}
      onKeyDown={keyDown}
    >
      {line}
    </button>
  );
}
