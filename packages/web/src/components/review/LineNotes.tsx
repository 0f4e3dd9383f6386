// What the diff shows under one line: once a review is submitted, the candidate's comments (found an issue, or
// noise), the model review's, the planted issues and the code that is fine; while reviewing, the saved comments
// (to edit or delete) and the open comment boxes. Null when the line has none, so the diff adds no row.
import type { ReactNode } from 'react';
import type { DraftNotes, FeedbackNotes } from '../../reviews/diff-notes.ts';
import { asRange, rangeLabel, rangeOf, sameComment, type ReviewResult } from '../../reviews/review-diff.ts';
import type { DraftComment } from '../../reviews/review-draft.ts';
import type { OpenEditor } from '../../reviews/use-comment-editors.ts';
import { CommentCard, CommentEditor, FineNote, IssueNote } from './ReviewComments.tsx';

export function feedbackNotesAt(
  feedback: FeedbackNotes,
  line: number,
  viewing: ReviewResult,
  issueTitle: (id: string) => string,
): ReactNode {
  const own = feedback.own.get(line) ?? [];
  const model = feedback.model.get(line) ?? [];
  const issues = feedback.issues.get(line) ?? [];
  const fine = feedback.fine.get(line) ?? [];
  if (!own.length && !model.length && !issues.length && !fine.length) return null;
  return (
    <div className="notes">
      {own.map((comment, index) => {
        const found = viewing.result.found.find((f) => sameComment(f.comment, comment));
        const noise = viewing.result.noiseComments.find((n) => sameComment(n.comment, comment));
        return (
          <CommentCard
            key={`own-${index}`}
            comment={comment}
            author="You"
            tone={found ? 'found' : noise ? 'noise' : 'own'}
            tag={found ? `Found: ${issueTitle(found.issueId)}` : noise ? `No problem found: ${noise.reason}` : null}
          />
        );
      })}
      {model.map((comment, index) => (
        <CommentCard key={`model-${index}`} comment={comment} author="Model review" tone="model" />
      ))}
      {issues.map((issue) => (
        <IssueNote key={issue.id} issue={issue} found={feedback.found.has(issue.id)} />
      ))}
      {fine.map((item, index) => (
        <FineNote key={`fine-${index}`} lines={asRange(item.lines)} why={item.why} />
      ))}
    </div>
  );
}

export interface CommentActions {
  updateEditor: (key: string, change: Partial<OpenEditor>) => void;
  saveEditor: (editor: OpenEditor) => void;
  cancelEditor: (editor: OpenEditor) => void;
  editComment: (comment: DraftComment) => void;
  removeComment: (comment: DraftComment) => void;
}

export function draftNotesAt(notes: DraftNotes, path: string, line: number, actions: CommentActions): ReactNode {
  const saved = notes.comments.get(line) ?? [];
  const boxes = notes.editors.get(line) ?? [];
  // A comment being edited has its box where it was, under its old last line, until saved.
  if (!saved.length && !boxes.length) return null;
  const editor = (e: OpenEditor) => (
    <CommentEditor
      key={e.key}
      id={`comment-${e.key}`}
      path={path}
      line={e.line}
      endLine={e.endLine}
      body={e.body}
      lines={notes.lines}
      editing={e.commentId !== null}
      onChange={(body) => actions.updateEditor(e.key, { body })}
      onRange={(start, end) => actions.updateEditor(e.key, { line: start, endLine: end })}
      onSave={() => actions.saveEditor(e)}
      onCancel={() => actions.cancelEditor(e)}
    />
  );
  return (
    <div className="notes">
      {saved.map((comment) => {
        const editing = notes.editing.get(comment.id);
        if (editing) return editor(editing);
        const where = rangeLabel(rangeOf(comment.line, comment.endLine));
        return (
          <CommentCard key={comment.id} comment={comment} author="Your comment">
            {(
              [
                ['Edit', actions.editComment],
                ['Delete', actions.removeComment],
              ] as const
            ).map(([action, run]) => (
              <button
                key={action}
                type="button"
                className="link-button"
                aria-label={`${action} your comment on ${where}`}
                onClick={() => run(comment)}
              >
                {action}
              </button>
            ))}
          </CommentCard>
        );
      })}
      {boxes.map(editor)}
    </div>
  );
}
