import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, data, type Schemas } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { questionQuery } from './queries.ts';
import { answerParagraphs, formatInterval, GRADE_KEYS, gradeForKey, type Grade } from './study-format.ts';
import { ThinkingTimer } from './ThinkingTimer.tsx';

export type QueuedCard = Schemas['StudyQueue']['cards'][number];

const KIND_LABEL: Record<QueuedCard['kind'], string> = { new: 'New', learning: 'Learning', review: 'Review' };

/** Keys typed into a field, or with a modifier, are the field's or the browser's, not the card's. */
function isForTheCard(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  return !target?.closest('input, textarea, select, [contenteditable="true"]');
}

/**
 * One showing of a card: the prompt and the thinking time; then, revealed (Space), the key points and the model
 * answer; then a grade (1–4, or the buttons). `onGraded` brings the next card.
 */
export function FlashCard({ card, onGraded }: { card: QueuedCard; onGraded: () => Promise<unknown> }) {
  const [revealed, setRevealed] = useState(false);
  // The key handler reads these, not the render's copies: keys pressed in quick succession see each other.
  const state = useRef({ revealed: false, grading: false });
  const promptRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const question = useQuery(questionQuery(card.questionId));
  const reveal = () => {
    state.current.revealed = true;
    setRevealed(true);
  };
  const grade = useMutation({
    mutationFn: (value: Grade) =>
      data(
        api.POST('/api/v1/study/cards/{questionId}/reviews', {
          params: { path: { questionId: card.questionId } },
          body: { grade: value, expectedReps: card.reps },
        }),
      ),
    onSuccess: () => onGraded(),
    // Graded elsewhere since it was shown (another tab): show the queue as it is now.
    onError: (error) => {
      if (error instanceof ApiError && error.problem.status === 409) void onGraded();
    },
  });

  useEffect(() => promptRef.current?.focus(), []);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isForTheCard(event)) return;
      const onControl = event.target instanceof Element && event.target.closest('button, a, summary');
      if (!state.current.revealed && event.key === ' ' && !onControl) {
        event.preventDefault();
        reveal();
        return;
      }
      const value = gradeForKey(event.key);
      if (state.current.revealed && value && !state.current.grading) {
        event.preventDefault();
        state.current.grading = true;
        grade.mutate(value, { onError: () => (state.current.grading = false) });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const q = question.data;
  return (
    <article className="card flash-card" aria-labelledby="card-prompt" aria-busy={grade.isPending}>
      <div className="meta">
        <span className={`badge kind ${card.kind}`}>{KIND_LABEL[card.kind]}</span>
        <span className="badge">{card.category}</span>
        <span className="badge">{card.level}</span>
        <span className="badge">{card.round}</span>
      </div>
      <h2 id="card-prompt" ref={promptRef} tabIndex={-1}>
        {card.prompt}
      </h2>
      {!revealed ? (
        <>
          <ThinkingTimer seconds={card.thinkingSeconds} />
          <button type="button" className="primary" onClick={reveal} aria-keyshortcuts="Space">
            Reveal the answer <kbd>Space</kbd>
          </button>
        </>
      ) : (
        <>
          <section className="revealed" aria-labelledby="card-answer">
            <h3 id="card-answer" ref={answerRef} tabIndex={-1}>
              Key points
            </h3>
            <ProblemMessage error={question.error} />
            {!q && !question.error && <p aria-live="polite">Loading…</p>}
            {q && (
              <>
                <ul className="key-points">
                  {q.keyPoints.map((point) => (
                    <li key={point.id}>
                      <strong>{point.label}</strong>
                      {point.weight === 3 && <span className="hint"> (essential)</span>}
                    </li>
                  ))}
                </ul>
                <h3>Model answer</h3>
                {answerParagraphs(q.modelAnswer).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </>
            )}
          </section>
          <div className="grades" role="group" aria-label="How well did you recall it?">
            {GRADE_KEYS.map(({ grade: value, label, key }) => (
              <button
                key={value}
                type="button"
                className={`grade ${value}`}
                aria-keyshortcuts={key}
                disabled={grade.isPending}
                onClick={() => {
                  state.current.grading = true;
                  grade.mutate(value, { onError: () => (state.current.grading = false) });
                }}
              >
                <span className="grade-label">
                  {label} <kbd>{key}</kbd>
                </span>
                <span className="grade-next">{formatInterval(card.next[value].minutes)}</span>
              </button>
            ))}
          </div>
          <p className="hint">Again: you did not recall it. Hard, Good, Easy: how readily you did.</p>
        </>
      )}
      <ProblemMessage error={grade.error} />
    </article>
  );
}
