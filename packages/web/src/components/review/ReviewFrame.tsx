// The review page's frame: the pull request's title, level, languages and size; and the list of changed files
// with the diff's view (unified or split) and, once submitted, whether the model review shows.
import { Link } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { DiffStat, type DiffViewMode } from './DiffFileView.tsx';
import {
  fileAnchorId,
  languageLabel,
  verdictLabel,
  type DiffFile,
  type ReviewExercise,
  type Verdict,
} from '../../reviews/review-diff.ts';

export function ReviewHeader({ exercise }: { exercise: ReviewExercise }) {
  const { files } = exercise;
  const additions = files.reduce((sum, file) => sum + file.additions, 0);
  const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
  return (
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
  );
}

const jumpToFile = (event: MouseEvent, index: number) => {
  event.preventDefault();
  const heading = document.getElementById(fileAnchorId(index));
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView({ block: 'start' });
};

export function FilesChanged({
  files,
  view,
  narrow,
  onView,
  reviewed,
  showModel,
  onShowModel,
}: {
  files: readonly DiffFile[];
  view: DiffViewMode;
  /** Too narrow a screen for the split view. */
  narrow: boolean;
  onView: (view: DiffViewMode) => void;
  /** The review is submitted and its feedback shown. */
  reviewed: boolean;
  showModel: boolean;
  onShowModel: (show: boolean) => void;
}) {
  return (
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
                onChange={() => onView(mode)}
              />
              {mode === 'unified' ? 'Unified' : 'Split'}
            </label>
          ))}
        </fieldset>
        {reviewed && (
          <label className="check">
            <input type="checkbox" checked={showModel} onChange={(event) => onShowModel(event.target.checked)} />
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
        {reviewed
          ? 'Green: the issues you found. Red: the ones you missed. Dotted: code that looks odd but is fine.'
          : 'Click a line number (or press Enter on it) to comment on that line; shift-click another line of the same file for a range.'}
        {narrow && ' The split view needs a wider screen.'}
      </p>
    </section>
  );
}

/** The model review's verdict and summary, beside the feedback (its comments are on the diff's lines). */
export function ModelReviewSummary({ verdict, summary }: { verdict: Verdict; summary: string }) {
  return (
    <section className="card model-review" aria-labelledby="model-review-title">
      <h2 id="model-review-title">Model review</h2>
      <p>
        <strong>Verdict:</strong> {verdictLabel(verdict)}
      </p>
      <p className="comment-body">{summary}</p>
    </section>
  );
}
