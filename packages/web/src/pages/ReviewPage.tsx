import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { Suspense, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, data } from '../api.ts';
import { LoopBanner } from '../components/HandsOnRounds.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { DiffFileView } from '../components/review/DiffFileView.tsx';
import { feedbackNotesAt, draftNotesAt } from '../components/review/LineNotes.tsx';
import { ReviewFeedback } from '../components/review/ReviewFeedback.tsx';
import { FilesChanged, ModelReviewSummary, ReviewHeader } from '../components/review/ReviewFrame.tsx';
import { ReviewHistory } from '../components/review/ReviewHistory.tsx';
import { ReviewPanel, SubmittedPanel } from '../components/review/ReviewPanel.tsx';
import {
  commentableLines,
  fileAnchorId,
  inRange,
  lineAnchorId,
  rangeLabel,
  rangeOf,
  type ReviewExercise,
  type ReviewResult,
} from '../reviews/review-diff.ts';
import {
  clearDraft,
  emptyDraft,
  hasWork,
  startDraft,
  toSubmission,
  writeDraft,
  type ReviewDraft,
} from '../reviews/review-draft.ts';
import { draftNotesOf, feedbackNotesOf } from '../reviews/diff-notes.ts';
import { useCommentEditors } from '../reviews/use-comment-editors.ts';
import { useDiffView } from '../reviews/use-diff-view.ts';
import '../reviews/reviews.css';

// The highlighter (highlight.js with six languages) and the Markdown renderer are chunks of their own, fetched as
// soon as this page's code runs, alongside the exercise. The page waits for both, so nothing moves when they come.
const highlighterModule = import('../reviews/highlight.ts');
const markdownModule = import('../components/review/ReviewMarkdown.tsx');

export function ReviewPage() {
  const { id } = useParams({ from: '/reviews/$id' });
  // Opened as a round of a full loop: the review counts for that interview.
  const { interview } = useSearch({ from: '/reviews/$id' });
  const exercise = useQuery({
    queryKey: ['review-exercise', id],
    queryFn: ({ signal }) => data(api.GET('/api/v1/review-exercises/{id}', { params: { path: { id } }, signal })),
  });
  const banner = interview && <LoopBanner interviewId={interview} round="review" />;
  if (exercise.error) return <ProblemMessage error={exercise.error} />;
  // In the workspace's frame from the start, so the page takes its width at once and does not move when it comes.
  const loading = (
    <div className="review-workspace">
      <p aria-live="polite" className="hint">
        Loading the pull request…
      </p>
    </div>
  );
  return (
    <>
      {banner}
      {exercise.data ? (
        <Suspense fallback={loading}>
          {/* A workspace of its own per exercise: its draft, comment boxes and feedback start afresh. */}
          <Workspace key={exercise.data.id} exercise={exercise.data} interviewId={interview} />
        </Suspense>
      ) : (
        loading
      )}
    </>
  );
}

function Workspace({ exercise, interviewId }: { exercise: ReviewExercise; interviewId: string | undefined }) {
  const { highlightFile } = use(highlighterModule);
  const { ReviewMarkdown } = use(markdownModule);
  const client = useQueryClient();
  const { files } = exercise;
  const tokens = useMemo(() => files.map((file) => highlightFile(file)), [files, highlightFile]);
  const shown = useMemo(() => new Map(files.map((file) => [file.path, commentableLines(file)])), [files]);

  // The review in progress (null once submitted, until the next one starts), kept in the browser as it changes.
  const [draft, setDraft] = useState<ReviewDraft | null>(() => startDraft(exercise.id));
  useEffect(() => {
    if (draft) writeDraft(exercise.id, draft);
  }, [draft, exercise.id]);
  const [notice, setNotice] = useState<string | null>(null);
  const { editors, setEditors, chooseLine, updateEditor, saveEditor, cancelEditor, editComment, removeComment } =
    useCommentEditors(setDraft, setNotice);
  const { view, narrow, chooseView } = useDiffView();
  // The submitted review shown with its feedback, or null while reviewing.
  const [viewing, setViewing] = useState<ReviewResult | null>(null);
  const [showModel, setShowModel] = useState(true);

  const history = useQuery({
    queryKey: ['review-submissions', exercise.id],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/review-exercises/{id}/submissions', { params: { path: { id: exercise.id } }, signal })),
  });

  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const focusFeedback = useRef(false);
  useEffect(() => {
    if (!viewing || !focusFeedback.current) return;
    focusFeedback.current = false;
    feedbackHeading.current?.focus({ preventScroll: true });
    feedbackHeading.current?.scrollIntoView({ block: 'start' });
  }, [viewing]);
  const show = (review: ReviewResult) => {
    focusFeedback.current = true;
    setViewing(review);
  };

  const submit = useMutation({
    mutationFn: (body: ReturnType<typeof toSubmission>) =>
      data(
        api.POST('/api/v1/review-exercises/{id}/submissions', {
          params: { path: { id: exercise.id } },
          body: { ...body, ...(interviewId ? { interviewId } : {}) },
        }),
      ),
    onSuccess: (review) => {
      clearDraft(exercise.id);
      setDraft(null);
      setEditors([]);
      client.setQueryData<{ items: ReviewResult[] }>(['review-submissions', exercise.id], (old) => ({
        items: [review, ...(old?.items ?? []).filter((item) => item.id !== review.id)],
      }));
      show(review);
    },
  });

  const trySubmit = () => {
    if (!draft) return;
    const unsaved = editors.find((editor) => editor.body.trim() && editor.body !== editor.original);
    if (unsaved) {
      setNotice(
        `Save or cancel your comment on ${rangeLabel(rangeOf(unsaved.line, unsaved.endLine))} of ${unsaved.file} first.`,
      );
      return;
    }
    const { verdict } = draft;
    if (!verdict) {
      setNotice('Choose a verdict: Approve, Comment or Request changes.');
      document.querySelector<HTMLInputElement>('input[name="review-verdict"]')?.focus();
      return;
    }
    setNotice(null);
    submit.mutate(toSubmission(files, { ...draft, verdict }));
  };

  const backToReview = () => {
    setViewing(null);
    if (!draft) setDraft(emptyDraft(Date.now()));
  };

  // ---- What the diff shows under its lines ----

  const comments = draft?.comments;
  const draftNotes = useMemo(
    () => (viewing || !comments ? null : draftNotesOf(files, shown, comments, editors)),
    [viewing, comments, editors, files, shown],
  );

  const modelComments = showModel ? viewing?.debrief?.modelReview.comments : undefined;
  const feedbackNotes = useMemo(
    () => (viewing ? feedbackNotesOf(files, shown, viewing, modelComments) : null),
    [viewing, modelComments, files, shown],
  );

  const issueTitle = useCallback(
    (id: string) => viewing?.debrief?.issues.find((issue) => issue.id === id)?.title ?? id,
    [viewing],
  );

  const lineClass = useCallback(
    (path: string, line: number) => {
      const feedback = feedbackNotes?.get(path);
      if (feedback)
        return feedback.marks
          .filter((m) => inRange(line, m.lines))
          .map((m) => `mark-${m.mark}`)
          .join(' ');
      const notes = draftNotes?.get(path);
      if (!notes) return '';
      if (notes.selected.some((r) => inRange(line, r))) return 'selected';
      return notes.commented.some((r) => inRange(line, r)) ? 'commented' : '';
    },
    [feedbackNotes, draftNotes],
  );

  const notesAfter = useCallback(
    (path: string, line: number): ReactNode => {
      const feedback = feedbackNotes?.get(path);
      if (feedback && viewing) return feedbackNotesAt(feedback, line, viewing, issueTitle);
      const notes = draftNotes?.get(path);
      if (!notes) return null;
      return draftNotesAt(notes, path, line, { updateEditor, saveEditor, cancelEditor, editComment, removeComment });
    },
    [
      feedbackNotes,
      draftNotes,
      viewing,
      issueTitle,
      updateEditor,
      saveEditor,
      cancelEditor,
      editComment,
      removeComment,
    ],
  );

  /** Shows the first of these lines the diff has (or the file), and moves the focus there. */
  const jumpTo = useCallback(
    (path: string, lines: readonly [number, number]) => {
      const index = files.findIndex((file) => file.path === path);
      if (index < 0) return;
      const line = shown.get(path)?.find((l) => inRange(l, lines));
      const target = document.getElementById(line === undefined ? fileAnchorId(index) : lineAnchorId(index, line));
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    },
    [files, shown],
  );
  const model = viewing?.debrief?.modelReview;

  return (
    <article className="review-workspace" aria-labelledby="review-title">
      <ReviewHeader exercise={exercise} />

      <div className="review-main">
        {viewing && <ReviewFeedback review={viewing} headingRef={feedbackHeading} onJump={jumpTo} />}

        <section className="card" aria-labelledby="description-title">
          <h2 id="description-title">Description</h2>
          <ReviewMarkdown text={exercise.description} />
        </section>

        <FilesChanged
          files={files}
          view={view}
          narrow={narrow}
          onView={chooseView}
          reviewed={viewing !== null}
          showModel={showModel}
          onShowModel={setShowModel}
        />

        {files.map((file, index) => (
          <DiffFileView
            key={file.path}
            file={file}
            index={index}
            view={view}
            tokens={tokens[index] ?? null}
            lineClass={lineClass}
            notesAfter={notesAfter}
            onChooseLine={viewing ? undefined : chooseLine}
          />
        ))}
      </div>

      <aside className="review-side" aria-label="Review">
        {viewing ? (
          <>
            <SubmittedPanel
              review={viewing}
              backLabel={draft && hasWork(draft) ? 'Back to your draft' : 'Start a new review'}
              onBack={backToReview}
            />
            {model && showModel && <ModelReviewSummary verdict={model.verdict} summary={model.summary} />}
          </>
        ) : (
          draft && (
            <ReviewPanel
              draft={draft}
              minutes={exercise.minutes}
              submitting={submit.isPending}
              notice={notice}
              error={submit.error}
              onSummary={(summary) => setDraft({ ...draft, summary })}
              onVerdict={(verdict) => {
                setDraft({ ...draft, verdict });
                setNotice(null);
              }}
              onSubmit={trySubmit}
            />
          )
        )}
        <ReviewHistory reviews={history} currentId={viewing?.id ?? null} onShow={show} />
      </aside>
    </article>
  );
}
