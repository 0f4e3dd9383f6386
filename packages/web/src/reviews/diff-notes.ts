// What a review's diff shows under and beside its lines, per file: while reviewing, the candidate's comments and
// open comment boxes at the line each ends on; once submitted, their comments, the model review's, the planted
// issues and the code that is fine, with the marks that colour the lines.
import {
  asRange,
  byAnchor,
  lineMarks,
  rangeOf,
  type DiffFile,
  type ReviewComment,
  type ReviewResult,
} from './review-diff.ts';
import type { DraftComment } from './review-draft.ts';
import type { OpenEditor } from './use-comment-editors.ts';

export function draftNotesOf(
  files: readonly DiffFile[],
  shown: ReadonlyMap<string, number[]>,
  comments: readonly DraftComment[],
  editors: readonly OpenEditor[],
) {
  const rangeOfEditor = (e: OpenEditor) => rangeOf(e.line, e.endLine);
  return new Map(
    files.map((file) => {
      const lines = shown.get(file.path) ?? [];
      const own = comments.filter((c) => c.file === file.path);
      const boxes = editors.filter((e) => e.file === file.path);
      return [
        file.path,
        {
          lines,
          comments: byAnchor(lines, own, (c) => rangeOf(c.line, c.endLine)),
          editors: byAnchor(
            lines,
            boxes.filter((e) => e.commentId === null),
            rangeOfEditor,
          ),
          editing: new Map(boxes.flatMap((e) => (e.commentId ? [[e.commentId, e] as const] : []))),
          selected: boxes.map(rangeOfEditor),
          commented: own.map((c) => rangeOf(c.line, c.endLine)),
        },
      ];
    }),
  );
}

export type DraftNotes = NonNullable<ReturnType<ReturnType<typeof draftNotesOf>['get']>>;

export function feedbackNotesOf(
  files: readonly DiffFile[],
  shown: ReadonlyMap<string, number[]>,
  viewing: ReviewResult,
  modelComments: readonly ReviewComment[] | undefined,
) {
  const { result, debrief } = viewing;
  const range = (c: ReviewComment) => rangeOf(c.line, c.endLine);
  return new Map(
    files.map((file) => {
      const lines = shown.get(file.path) ?? [];
      const ofFile = <T extends { file: string }>(items: readonly T[] | undefined) =>
        (items ?? []).filter((item) => item.file === file.path);
      return [
        file.path,
        {
          own: byAnchor(lines, ofFile(viewing.submission.comments), range),
          model: byAnchor(lines, ofFile(modelComments), range),
          issues: byAnchor(lines, ofFile(debrief?.issues), (issue) => asRange(issue.lines)),
          fine: byAnchor(lines, ofFile(debrief?.fine), (fine) => asRange(fine.lines)),
          marks: lineMarks(viewing, file.path),
          found: new Set(result.found.map((f) => f.issueId)),
        },
      ];
    }),
  );
}

export type FeedbackNotes = NonNullable<ReturnType<ReturnType<typeof feedbackNotesOf>['get']>>;
