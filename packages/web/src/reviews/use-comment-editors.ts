// The comment boxes open on a review's diff: new comments and edits of saved ones, each saved into the draft or
// cancelled (asking first when that would lose words), and saved comments edited or deleted.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { rangeLabel, rangeOf } from './review-diff.ts';
import { deleteComment, newCommentId, saveComment, type DraftComment, type ReviewDraft } from './review-draft.ts';

/** A comment box open on the diff: a new comment, or the edit of a saved one. */
export interface OpenEditor {
  key: string;
  file: string;
  line: number;
  endLine: number;
  body: string;
  /** The saved comment being edited, or null for a new one. */
  commentId: string | null;
  /** The text it opened with, to know whether closing it loses anything. */
  original: string;
}

export function useCommentEditors(
  setDraft: Dispatch<SetStateAction<ReviewDraft | null>>,
  setNotice: (notice: string | null) => void,
) {
  const [editors, setEditors] = useState<OpenEditor[]>([]);

  const chooseLine = useCallback((file: string, line: number, extend: boolean) => {
    setEditors((open) => {
      // Shift: the newest comment box open on this file now ends at this line.
      const target = extend ? open.findLast((e) => e.file === file && e.commentId === null) : undefined;
      if (target) return open.map((e) => (e.key === target.key ? { ...e, endLine: line } : e));
      if (open.some((e) => e.file === file && e.commentId === null && e.line === line && e.endLine === line))
        return open;
      return [...open, { key: newCommentId(), file, line, endLine: line, body: '', commentId: null, original: '' }];
    });
  }, []);

  const updateEditor = useCallback(
    (key: string, change: Partial<OpenEditor>) =>
      setEditors((open) => open.map((e) => (e.key === key ? { ...e, ...change } : e))),
    [],
  );
  const closeEditor = useCallback((key: string) => setEditors((open) => open.filter((e) => e.key !== key)), []);
  const saveEditor = useCallback(
    (editor: OpenEditor) => {
      setDraft((current) =>
        current
          ? saveComment(current, {
              id: editor.commentId ?? newCommentId(),
              file: editor.file,
              line: editor.line,
              endLine: editor.endLine,
              body: editor.body,
            })
          : current,
      );
      closeEditor(editor.key);
      setNotice(null);
    },
    [closeEditor],
  );
  const cancelEditor = useCallback(
    (editor: OpenEditor) => {
      if (editor.body.trim() && editor.body !== editor.original && !window.confirm('Discard this comment?')) return;
      closeEditor(editor.key);
    },
    [closeEditor],
  );
  const editComment = useCallback((comment: DraftComment) => {
    setEditors((open) =>
      open.some((e) => e.commentId === comment.id)
        ? open
        : [
            ...open,
            {
              key: newCommentId(),
              file: comment.file,
              line: comment.line,
              endLine: comment.endLine ?? comment.line,
              body: comment.body,
              commentId: comment.id,
              original: comment.body,
            },
          ],
    );
  }, []);
  const removeComment = useCallback((comment: DraftComment) => {
    if (!window.confirm(`Delete your comment on ${rangeLabel(rangeOf(comment.line, comment.endLine))}?`)) return;
    setDraft((current) => (current ? deleteComment(current, comment.id) : current));
  }, []);

  return { editors, setEditors, chooseLine, updateEditor, saveEditor, cancelEditor, editComment, removeComment };
}
