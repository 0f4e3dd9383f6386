import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import {
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { api, data } from '../api.ts';
import { LoopBanner } from '../components/HandsOnRounds.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { DiffFileView, DiffStat, type DiffViewMode } from '../components/review/DiffFileView.tsx';
import { CommentCard, CommentEditor, FineNote, IssueNote } from '../components/review/ReviewComments.tsx';
import { ReviewFeedback } from '../components/review/ReviewFeedback.tsx';
import { ReviewPanel, SubmittedPanel } from '../components/review/ReviewPanel.tsx';
import {
  asRange,
  byAnchor,
  commentableLines,
  fileAnchorId,
  inRange,
  languageLabel,
  lineAnchorId,
  lineMarks,
  rangeLabel,
  rangeOf,
  sameComment,
  verdictLabel,
  type ReviewComment,
  type ReviewExercise,
  type ReviewResult,
} from '../reviews/review-diff.ts';
import {
  clearDraft,
  deleteComment,
  emptyDraft,
  hasWork,
  newCommentId,
  readDraft,
  readStored,
  saveComment,
  toSubmission,
  viewKey,
  writeDraft,
  writeStored,
  type DraftComment,
  type ReviewDraft,
} from '../reviews/review-draft.ts';
import '../reviews/reviews.css';

// The highlighter (highlight.js with six languages) and the Markdown renderer are chunks of their own, fetched as
// soon as this page's code runs, alongside the exercise. The page waits for both, so nothing moves when they come.
const highlighterModule = import('../reviews/highlight.ts');
const markdownModule = import('../components/review/ReviewMarkdown.tsx');

/** Below this width the split view has no room: the diff is unified. */
const NARROW_SCREEN = '(max-width: 760px)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW_SCREEN);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const useNarrowScreen = () => useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW_SCREEN).matches);

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

/** A comment box open on the diff: a new comment, or the edit of a saved one. */
interface OpenEditor {
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

/** A fresh review unless the stored one has work in it: the clock starts when the reviewer comes to review. */
const startDraft = (exerciseId: string) => {
  const now = Date.now();
  const stored = readDraft(exerciseId, now);
  return hasWork(stored) ? stored : emptyDraft(now);
};

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
  const [editors, setEditors] = useState<OpenEditor[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  // The submitted review shown with its feedback, or null while reviewing.
  const [viewing, setViewing] = useState<ReviewResult | null>(null);
  const [showModel, setShowModel] = useState(true);

  const narrow = useNarrowScreen();
  const [viewChoice, setViewChoice] = useState<DiffViewMode>(() =>
    readStored(viewKey) === 'split' ? 'split' : 'unified',
  );
  const view: DiffViewMode = narrow ? 'unified' : viewChoice;
  const chooseView = (next: DiffViewMode) => {
    setViewChoice(next);
    writeStored(viewKey, next);
  };

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

  // ---- Commenting ----

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

  // ---- What the diff shows under its lines ----

  const comments = draft?.comments;
  const draftNotes = useMemo(() => {
    if (viewing || !comments) return null;
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
  }, [viewing, comments, editors, files, shown]);

  const modelComments = showModel ? viewing?.debrief?.modelReview.comments : undefined;
  const feedbackNotes = useMemo(() => {
    if (!viewing) return null;
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
  }, [viewing, modelComments, files, shown]);

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
      if (feedback && viewing) {
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
                  tag={
                    found ? `Found: ${issueTitle(found.issueId)}` : noise ? `No problem found: ${noise.reason}` : null
                  }
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
      const notes = draftNotes?.get(path);
      if (!notes) return null;
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
          onChange={(body) => updateEditor(e.key, { body })}
          onRange={(start, end) => updateEditor(e.key, { line: start, endLine: end })}
          onSave={() => saveEditor(e)}
          onCancel={() => cancelEditor(e)}
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
                    ['Edit', editComment],
                    ['Delete', removeComment],
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
  const jumpToFile = (event: MouseEvent, index: number) => {
    event.preventDefault();
    const heading = document.getElementById(fileAnchorId(index));
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  };

  const additions = files.reduce((sum, file) => sum + file.additions, 0);
  const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
  const model = viewing?.debrief?.modelReview;

  return (
    <article className="review-workspace" aria-labelledby="review-title">
      <header className="review-header">
        <p>
          <Link to="/reviews">← Code review exercises</Link>
        </p>
        <h1 id="review-title">{exercise.title}</h1>
        <div className="meta">
          <span className={`badge review-level level-${exercise.level}`}>{exercise.level}</span>
          {exercise.languages.map((language) => (
            <span key={language} className="badge">
              {languageLabel(language)}
            </span>
          ))}
          <span className="hint">
            {exercise.minutes} minutes · {files.length} file{files.length === 1 ? '' : 's'} ·{' '}
          </span>
          <DiffStat additions={additions} deletions={deletions} />
        </div>
      </header>

      <div className="review-main">
        {viewing && <ReviewFeedback review={viewing} headingRef={feedbackHeading} onJump={jumpTo} />}

        <section className="card" aria-labelledby="description-title">
          <h2 id="description-title">Description</h2>
          <ReviewMarkdown text={exercise.description} />
        </section>

        <section className="card files-changed" aria-labelledby="files-title">
          <div className="files-toolbar">
            <h2 id="files-title">Files changed</h2>
            <fieldset className="segmented">
              <legend className="visually-hidden">Diff view</legend>
              {(['unified', 'split'] as const).map((mode) => (
                <label key={mode} className={view === mode ? 'on' : undefined}>
                  <input
                    type="radio"
                    name="diff-view"
                    value={mode}
                    checked={view === mode}
                    disabled={mode === 'split' && narrow}
                    onChange={() => chooseView(mode)}
                  />
                  {mode === 'unified' ? 'Unified' : 'Split'}
                </label>
              ))}
            </fieldset>
            {viewing && (
              <label className="check">
                <input type="checkbox" checked={showModel} onChange={(event) => setShowModel(event.target.checked)} />
                Show model review
              </label>
            )}
          </div>
          <ul className="file-list">
            {files.map((file, index) => (
              <li key={file.path}>
                <a href={`#${fileAnchorId(index)}`} onClick={(event) => jumpToFile(event, index)}>
                  {file.path}
                </a>{' '}
                <DiffStat additions={file.additions} deletions={file.deletions} />
              </li>
            ))}
          </ul>
          <p className="hint">
            {viewing
              ? 'Green: the issues you found. Red: the ones you missed. Dotted: code that looks odd but is fine.'
              : 'Click a line number (or press Enter on it) to comment on that line; shift-click another line of the same file for a range.'}
            {narrow && ' The split view needs a wider screen.'}
          </p>
        </section>

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
            {model && showModel && (
              <section className="card model-review" aria-labelledby="model-review-title">
                <h2 id="model-review-title">Model review</h2>
                <p>
                  <strong>Verdict:</strong> {verdictLabel(model.verdict)}
                </p>
                <p className="comment-body">{model.summary}</p>
              </section>
            )}
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
        <section className="card review-history" aria-labelledby="history-title">
          <h2 id="history-title">Your reviews</h2>
          <ProblemMessage error={history.error} />
          {history.data?.items.length === 0 && <p className="hint">None yet.</p>}
          <ol className="review-history-list">
            {history.data?.items.map((item) => {
              const when = new Date(item.createdAt).toLocaleString();
              return (
                <li key={item.id} className={item.id === viewing?.id ? 'current' : undefined}>
                  <span>
                    <time dateTime={item.createdAt}>{when}</time> · {verdictLabel(item.submission.verdict)} ·{' '}
                    <strong>overall {item.result.scores.overall}</strong>
                  </span>
                  {item.id !== viewing?.id && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Show the feedback of your review of ${when}`}
                      onClick={() => show(item)}
                    >
                      Show feedback
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      </aside>
    </article>
  );
}
