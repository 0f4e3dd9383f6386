import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { THINKING_SECONDS } from '@rehearse/core/limits';
import { promptWords } from '@rehearse/core/questions/prompt-text';
import { api, data } from '../api.ts';
import { useCameraPresence } from '../camera/use-camera-presence.ts';
import { AnswerPanel } from '../components/AnswerPanel.tsx';
import { HandsOnRounds } from '../components/HandsOnRounds.tsx';
import { InterviewSummary, InterviewSummaryPending } from '../components/InterviewSummary.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { Prompt } from '../components/RichText.tsx';
import { TurnFeedback } from '../components/TurnFeedback.tsx';
import { SessionSharing } from '../sharing/SessionSharing.tsx';
import { stopSpeaking, useInterviewerVoice } from '../interviewer-voice.ts';
import { interviewName, progressLine, when, words } from '../interview-words.ts';
import { ANSWER_MODE_KEY, type AnswerMode, type AnswerSubmission, type InterviewView } from '../interviews.ts';
import { getMedia, resumeLeftovers } from '../recording/recorder.ts';
import type { operations } from '../api/schema.d.ts';

type InterviewEvent = operations['sendInterviewEvent']['requestBody']['content']['application/json']['event'];

/** Refetch the interview whenever the server says it changed (analysis finished, follow-up chosen). */
function useInterviewStream(id: string) {
  const client = useQueryClient();
  useEffect(() => {
    const source = new EventSource(`/api/v1/interviews/${id}/stream`);
    const refresh = () => {
      void client.invalidateQueries({ queryKey: ['interview', id] });
      void client.invalidateQueries({ queryKey: ['interview-summary', id] });
    };
    source.addEventListener('update', refresh);
    source.addEventListener('open', refresh);
    return () => source.close();
  }, [id, client]);
}

/** Finish uploading recordings that a reload or a dropped connection interrupted. */
function useResumeUploads(id: string) {
  useEffect(() => void resumeLeftovers(id).catch(() => undefined), [id]);
}

/** Say the question aloud once per turn (its words, not its code), with whatever voice there is. */
function useSpokenPrompt(turnId: string | undefined, prompt: string | undefined, enabled: boolean) {
  const { say, source } = useInterviewerVoice();
  const spoken = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || !turnId || !prompt || spoken.current === turnId || source === 'none') return;
    spoken.current = turnId;
    say(promptWords(prompt));
  }, [turnId, prompt, enabled, say, source]);
  useEffect(() => stopSpeaking, []);
  return source;
}

/** "Retake of your interview of 7 Dec, 10:20", linking to it (or of an earlier one, when that one was deleted). */
function RetakeOf({ interviewId }: { interviewId: string }) {
  const original = useQuery({
    queryKey: ['interview', interviewId],
    queryFn: () => data(api.GET('/api/v1/interviews/{id}', { params: { path: { id: interviewId } } })),
    retry: false,
  });
  return (
    <p className="hint" data-testid="retake-of">
      Retake of{' '}
      {original.data ? (
        <Link to="/interviews/$id" params={{ id: interviewId }}>
          your interview of {when(original.data.createdAt)}
        </Link>
      ) : (
        'an earlier interview'
      )}
      : the same questions, to see what changed.
    </p>
  );
}

export function InterviewPage() {
  const { id } = useParams({ from: '/interviews/$id' });
  const client = useQueryClient();
  const interview = useQuery({
    queryKey: ['interview', id],
    queryFn: () => data(api.GET('/api/v1/interviews/{id}', { params: { path: { id } } })),
  });
  const [mode, setMode] = useState<AnswerMode>(
    () => (localStorage.getItem(ANSWER_MODE_KEY) as AnswerMode | null) ?? 'typed',
  );
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [mediaError, setMediaError] = useState<unknown>(null);
  const [voice, setVoice] = useState(true);
  const presence = useCameraPresence(mode === 'video' && stream !== null);
  useInterviewStream(id);
  useResumeUploads(id);
  const view = interview.data;
  const speaker = useSpokenPrompt(
    view?.current?.turnId,
    view?.current?.prompt,
    voice && view?.state.phase === 'asking',
  );

  useEffect(() => {
    localStorage.setItem(ANSWER_MODE_KEY, mode);
    if (mode === 'typed') return;
    let cancelled = false;
    let acquired: MediaStream | null = null;
    getMedia(mode)
      .then((media) => {
        acquired = media;
        if (cancelled) media.getTracks().forEach((track) => track.stop());
        else setStream(media);
      })
      .catch((error: unknown) => setMediaError(error));
    return () => {
      cancelled = true;
      acquired?.getTracks().forEach((track) => track.stop());
      setStream(null);
    };
  }, [mode]);

  const update = (next: InterviewView) => client.setQueryData(['interview', id], next);
  const act = useMutation({
    mutationFn: (event: InterviewEvent) =>
      data(
        api.POST('/api/v1/interviews/{id}/events', {
          params: { path: { id } },
          body: { event, expectedVersion: view!.state.version },
        }),
      ),
    onSuccess: update,
    onError: () => void interview.refetch(),
  });
  const submit = useMutation({
    mutationFn: (answer: AnswerSubmission) =>
      data(
        api.POST('/api/v1/interviews/{id}/answers', {
          params: { path: { id } },
          body: { ...answer, turnId: view!.current!.turnId, expectedVersion: view!.state.version },
        }),
      ),
    onSuccess: update,
    onError: () => void interview.refetch(),
  });
  const summary = useQuery({
    queryKey: ['interview-summary', id],
    queryFn: () => data(api.GET('/api/v1/interviews/{id}/summary', { params: { path: { id } } })),
    enabled: view?.state.phase === 'completed' || view?.state.phase === 'wrap-up',
  });

  if (interview.error) return <ProblemMessage error={interview.error} />;
  if (!view) return <p aria-live="polite">Loading…</p>;
  const { phase, paused } = view.state;
  const busy = act.isPending || submit.isPending;
  const turnsNewestFirst = [...view.turns].reverse();

  return (
    <section aria-labelledby="interview-title" className="interview">
      <p>
        <Link to="/practice">← Practice</Link>
      </p>
      <h1 id="interview-title">
        {view.retakeOf ? 'Retake' : 'Mock interview'}: {interviewName(view.settings)}
      </h1>
      {view.retakeOf && <RetakeOf interviewId={view.retakeOf} />}
      <p className="hint" data-testid="phase" data-phase={phase}>
        {progressLine(view)}
      </p>
      <ProblemMessage error={act.error ?? submit.error ?? mediaError} />

      {phase !== 'completed' && phase !== 'wrap-up' && (
        <div className="card controls">
          <fieldset className="modes" disabled={phase === 'answering'}>
            <legend>Answer by</legend>
            {(['typed', 'audio', 'video'] as const).map((choice) => (
              <label key={choice} className="check">
                <input
                  type="radio"
                  name="mode"
                  value={choice}
                  checked={mode === choice}
                  onChange={() => setMode(choice)}
                />{' '}
                {choice === 'typed' ? 'Typing' : choice === 'audio' ? 'Voice' : 'Camera and voice'}
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input
              type="checkbox"
              checked={voice && speaker !== 'none'}
              disabled={speaker === 'none'}
              onChange={(event) => setVoice(event.target.checked)}
            />{' '}
            Interviewer speaks the questions
            {speaker === 'none' && (
              <span className="hint"> (neither this browser nor the server has a voice to speak with)</span>
            )}
          </label>
          {phase !== 'intro' && (
            <button
              type="button"
              onClick={() => act.mutate(paused ? 'resume' : 'pause')}
              disabled={busy || phase === 'answering'}
            >
              {paused ? 'Resume' : 'Pause'}
            </button>
          )}
          {phase !== 'intro' && (
            <button
              type="button"
              onClick={() => act.mutate('finish')}
              disabled={busy || phase === 'answering' || paused}
            >
              End the interview
            </button>
          )}
        </div>
      )}

      {phase === 'intro' && (
        <div className="card">
          <p>
            {view.plan.length} questions, about {view.settings.minutes} minutes. You get {THINKING_SECONDS} seconds to
            think before each answer; the interviewer may follow up on what you leave out. Ask yourself clarifying
            questions, think out loud, and use STAR for stories.
          </p>
          <button type="button" className="primary" onClick={() => act.mutate('start')} disabled={busy}>
            Begin the interview
          </button>
        </div>
      )}

      {(phase === 'asking' || phase === 'answering') && view.current && !paused && (
        <div className="card question-card">
          <p className="badge">{view.current.kind === 'follow-up' ? 'Follow-up' : words(view.current.category)}</p>
          <Prompt prompt={view.current.prompt} as="h2" testId="current-prompt" />
          {view.current.tip && <p className="tip">Tip: {view.current.tip}</p>}
          <AnswerPanel
            interview={view}
            mode={mode}
            stream={stream}
            presence={presence}
            busy={busy}
            onBeginAnswer={() => act.mutateAsync('begin-answer').then(() => undefined)}
            onSubmit={(answer) => submit.mutateAsync(answer).then(() => undefined)}
            onSkip={() => act.mutate('skip')}
          />
        </div>
      )}

      {phase === 'reviewing' && (
        <div className="card" role="status" aria-live="polite">
          The interviewer is considering your answer…
        </div>
      )}

      {phase === 'wrap-up' && (
        <div className="card">
          <p>That is the end of the interview. Thank you!</p>
          <button type="button" className="primary" onClick={() => act.mutate('complete')} disabled={busy}>
            See my summary
          </button>
        </div>
      )}

      {(phase === 'completed' || phase === 'wrap-up') && <HandsOnRounds interviewId={id} rounds={view.handsOn} />}

      {phase === 'completed' &&
        (summary.data ? (
          <InterviewSummary interviewId={id} summary={summary.data} />
        ) : summary.error ? (
          <ProblemMessage error={summary.error} />
        ) : (
          <InterviewSummaryPending />
        ))}

      {turnsNewestFirst.length > 0 && <SessionSharing interviewId={id} />}
      {turnsNewestFirst.length > 0 && <h2>Your answers</h2>}
      {/* The answer just given is open; the others, and all of them once the interview ends, fold to one line. */}
      {turnsNewestFirst.map((turn, index) => (
        <TurnFeedback key={turn.turnId} interviewId={id} turn={turn} open={index === 0 && phase !== 'completed'} />
      ))}
    </section>
  );
}
