import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { promptBody, promptWords } from '@rehearse/core/questions/prompt-text';
import { api, data } from '../api.ts';
import type { InterviewTurnView } from '../interviews.ts';
import { AnswerPlayer, playAlongWords } from './AnswerPlayer.tsx';
import { CameraPresenceNote } from './CameraPresenceNote.tsx';
import { Feedback, FeedbackPending } from './Feedback.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';
import { RichText } from './RichText.tsx';
import { SyncedTranscript } from '../transcript/SyncedTranscript.tsx';
import { TurnComments } from '../sharing/TurnComments.tsx';

/** What a collapsed answer shows beside its question: its overall score, or where its analysis is. */
function turnOutcome(turn: InterviewTurnView): string {
  if (turn.analysis) return `${turn.analysis.scores.overall} / 100`;
  if (turn.status === 'failed') return 'not analysed';
  return turn.status === 'recording' ? 'uploading…' : 'analysing…';
}

/**
 * One answer: what was asked, the recording, the (editable) transcript and its feedback, folded under its question
 * unless `open` (the answer just given), so that a whole interview's answers make a short list to open one by one.
 */
export function TurnFeedback({
  interviewId,
  turn,
  open = false,
}: {
  interviewId: string;
  turn: InterviewTurnView;
  open?: boolean;
}) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(turn.answerText ?? '');
  const correct = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/v1/interviews/{id}/turns/{turnId}/transcript', {
          params: { path: { id: interviewId, turnId: turn.turnId } },
          body: { text },
        }),
      ),
    onSuccess: (view) => {
      client.setQueryData(['interview', interviewId], view);
      setEditing(false);
    },
  });
  const retry = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/interviews/{id}/turns/{turnId}/retry', {
          params: { path: { id: interviewId, turnId: turn.turnId } },
        }),
      ),
    onSuccess: (view) => client.setQueryData(['interview', interviewId], view),
  });
  const removeRecording = useMutation({
    mutationFn: () => data(api.DELETE('/api/v1/recordings/{id}', { params: { path: { id: turn.recordingId ?? '' } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['interview', interviewId] }),
  });
  const delivery = turn.spoken?.delivery;
  const player = useRef<HTMLMediaElement>(null);
  const synced = playAlongWords(turn);
  const code = turn.kind === 'question' ? promptBody(turn.prompt) : '';
  return (
    <article
      className="card turn"
      aria-labelledby={`turn-title-${turn.turnId}`}
      data-testid={`turn-${turn.turnId}`}
      data-status={turn.status}
    >
      <details open={open}>
        <summary>
          <h3 id={`turn-title-${turn.turnId}`}>
            {turn.kind === 'follow-up' ? 'Follow-up: ' : ''}
            {promptWords(turn.prompt)}
          </h3>
          <span className="turn-outcome" data-testid="answer-outcome">
            {turnOutcome(turn)}
          </span>
        </summary>
        {code && <RichText text={code} className="prompt-code" />}
        {turn.recordingId && !removeRecording.isSuccess && (
          <div className="recording">
            <AnswerPlayer mode={turn.mode} src={`/api/v1/recordings/${turn.recordingId}`} player={player} />
            <button
              type="button"
              className="link-button"
              disabled={removeRecording.isPending}
              onClick={() => {
                if (window.confirm('Delete this recording? Its transcript and feedback stay.'))
                  removeRecording.mutate();
              }}
            >
              Delete the recording
            </button>
            <ProblemMessage error={removeRecording.error} />
          </div>
        )}
        {removeRecording.isSuccess && <p className="hint">Recording deleted.</p>}
        <TurnComments interviewId={interviewId} turnId={turn.turnId} player={player} />
        {turn.status === 'recording' && <p className="hint">Uploading your recording…</p>}
        {turn.status === 'failed' && (
          <div className="alert" role="status">
            <p>This answer could not be analysed ({turn.error}). The interview went on without it.</p>
            <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending}>
              Try the analysis again
            </button>
            <ProblemMessage error={retry.error} />
          </div>
        )}
        {turn.answerText !== null && turn.mode !== 'typed' && (
          <div className="transcript">
            <h4>Transcript</h4>
            {turn.spoken?.needsReview && (
              <p className="alert" role="status">
                The recogniser was unsure about this recording. Check the transcript and correct it before trusting the
                scores.
              </p>
            )}
            {editing ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  correct.mutate();
                }}
              >
                <label className="visually-hidden" htmlFor={`transcript-${turn.turnId}`}>
                  Transcript
                </label>
                <textarea
                  id={`transcript-${turn.turnId}`}
                  rows={5}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                />
                <button type="submit" className="primary" disabled={correct.isPending}>
                  Save and analyse again
                </button>{' '}
                <button type="button" onClick={() => setEditing(false)}>
                  Cancel
                </button>
                <ProblemMessage error={correct.error} />
              </form>
            ) : (
              <>
                {/* Once analysed, the feedback below shows the text with what made each point marked in it. */}
                {synced ? (
                  <SyncedTranscript words={synced.words} player={player} />
                ) : turn.analysis && turn.answerText ? null : (
                  <p>{turn.answerText || <em>(nothing recognised)</em>}</p>
                )}
                {turn.status === 'analysed' && (
                  <button type="button" onClick={() => setEditing(true)}>
                    Correct the transcript
                  </button>
                )}
              </>
            )}
          </div>
        )}
        {(delivery || turn.camera) && (
          <section className="delivery" aria-label="Delivery">
            <h4>Delivery</h4>
            {delivery && (
              <p className="hint" data-testid="delivery">
                {Math.round(delivery.wordsPerMinute ?? 0)} words per minute ·{' '}
                {(delivery.fillerPer100Words ?? 0).toFixed(1)} fillers per 100 words · {delivery.longPauses ?? 0} long
                pauses
              </p>
            )}
            {turn.camera && <CameraPresenceNote camera={turn.camera} />}
          </section>
        )}
        {turn.analysis && (
          <Feedback
            record={{ id: turn.turnId, analysis: turn.analysis }}
            // The play-along transcript above has the words already: again here only to mark what made a point.
            answer={synced && !turn.analysis.keyPoints.some((p) => p.covered && p.evidence) ? null : turn.answerText}
          />
        )}
        {turn.status === 'queued' && !turn.analysis && (
          <FeedbackPending status={turn.mode === 'typed' ? 'Analysing…' : 'Transcribing and analysing…'} />
        )}
      </details>
    </article>
  );
}
