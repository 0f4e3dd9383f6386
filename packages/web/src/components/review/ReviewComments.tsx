import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { asRange, rangeLabel, rangeOf, type PlantedIssue, type ReviewComment } from '../../reviews/review-diff.ts';

/** The most a comment may say (the API's limit). */
const MAX_BODY = 5000;

export interface CommentEditorProps {
  id: string;
  path: string;
  line: number;
  endLine: number;
  body: string;
  /** The file's lines a comment may be on: the choices of the range's last line. */
  lines: readonly number[];
  editing: boolean;
  onChange: (body: string) => void;
  onRange: (line: number, endLine: number) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The box to write a comment on a line or a range of lines, under the range's last line. */
export function CommentEditor(props: CommentEditorProps) {
  const { id, path, body, lines } = props;
  const [start, end] = rangeOf(props.line, props.endLine);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) props.onSave();
  };
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && body.trim()) {
      event.preventDefault();
      props.onSave();
    }
  };
  return (
    <form className="comment-editor" onSubmit={save}>
      <div className="comment-editor-head">
        <label htmlFor={`${id}-body`}>
          {props.editing ? 'Edit your comment on' : 'Comment on'} {rangeLabel([start, end])}
          <span className="visually-hidden"> of {path}</span>
        </label>
        <label className="inline through">
          through line
          <select value={end} onChange={(event) => props.onRange(start, Number(event.target.value))}>
            {lines
              .filter((line) => line >= start)
              .map((line) => (
                <option key={line} value={line}>
                  {line}
                </option>
              ))}
          </select>
        </label>
      </div>
      <textarea
        id={`${id}-body`}
        rows={4}
        maxLength={MAX_BODY}
        value={body}
        autoFocus
        placeholder="What is the problem, why does it matter, and what should change?"
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={keyDown}
      />
      <div className="comment-actions">
        <p id={`${id}-hint`} className="hint">
          Ctrl+Enter saves, Esc cancels. Shift-click another line number for a range.
        </p>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!body.trim()}>
          {props.editing ? 'Update comment' : 'Save comment'}
        </button>
      </div>
    </form>
  );
}

type CommentTone = 'own' | 'found' | 'noise' | 'model';

/** A comment shown under its lines: the reviewer's own (with its actions) or the model review's. */
export function CommentCard({
  comment,
  author,
  tone = 'own',
  tag,
  children,
}: {
  comment: ReviewComment;
  author: string;
  tone?: CommentTone;
  /** What the check made of it: the issue it found, or why it is noise. */
  tag?: ReactNode;
  /** Actions (edit, delete). */
  children?: ReactNode;
}) {
  return (
    <article
      className={`review-note comment ${tone}`}
      aria-label={`${author}, ${rangeLabel(rangeOf(comment.line, comment.endLine))}`}
    >
      <header>
        <strong>{author}</strong> <span className="hint">{rangeLabel(rangeOf(comment.line, comment.endLine))}</span>
        {tag && <span className="note-tag">{tag}</span>}
      </header>
      <p className="comment-body">{comment.body}</p>
      {children && <div className="comment-actions">{children}</div>}
    </article>
  );
}

export const SEVERITY_LABELS = { blocker: 'Blocker', major: 'Major', minor: 'Minor' } as const;

export function SeverityBadge({ severity }: { severity: PlantedIssue['severity'] }) {
  return <span className={`badge severity ${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

/** A planted issue on the diff after the submission: found (green) or missed (red), with why and the fix if missed. */
export function IssueNote({ issue, found }: { issue: PlantedIssue; found: boolean }) {
  return (
    <aside
      className={`review-note issue ${found ? 'found' : 'missed'}`}
      aria-label={`${found ? 'Found' : 'Missed'}: ${issue.title}`}
    >
      <header>
        <strong>{found ? 'Found' : 'Missed'}</strong> <SeverityBadge severity={issue.severity} />{' '}
        <span className="hint">{rangeLabel(asRange(issue.lines))}</span>
      </header>
      <p className="issue-title">{issue.title}</p>
      {!found && <WhyAndFix issue={issue} />}
    </aside>
  );
}

/** Why a planted issue matters and how to fix it. */
export function WhyAndFix({ issue }: { issue: Pick<PlantedIssue, 'why' | 'fix'> }) {
  return (
    <>
      <p>{issue.why}</p>
      <p>
        <strong>Fix:</strong> {issue.fix}
      </p>
    </>
  );
}

/** Code that looks wrong but is fine, and why. */
export function FineNote({ lines, why }: { lines: readonly [number, number]; why: string }) {
  return (
    <aside className="review-note fine" aria-label="Looks odd but is fine">
      <header>
        <strong>Looks odd but is fine</strong> <span className="hint">{rangeLabel(lines)}</span>
      </header>
      <p>{why}</p>
    </aside>
  );
}
