import { useEffect, useRef, useState } from 'react';
import { ANSWER_MAX_CHARS, THINKING_SECONDS } from '@rehearse/core/limits';
import type { CameraPresence } from '../camera/use-camera-presence.ts';
import type { AnswerMode, AnswerSubmission, InterviewView } from '../interviews.ts';
import { answerIdOf } from '../interviews.ts';
import { startRecording, watchLevel, type ActiveRecording } from '../recording/recorder.ts';
import { stopSpeaking } from '../interviewer-voice.ts';
import { FaceIndicator } from './FaceIndicator.tsx';

/** Whole seconds since the phase began (`alreadySeconds` before this page heard of it), while `running`. */
function useTicker(running: boolean, alreadySeconds: number) {
  const [seconds, setSeconds] = useState(alreadySeconds);
  useEffect(() => {
    setSeconds(alreadySeconds);
    if (!running) return;
    const started = Date.now() - alreadySeconds * 1000;
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [running, alreadySeconds]);
  return seconds;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export interface AnswerPanelProps {
  interview: InterviewView;
  mode: AnswerMode;
  stream: MediaStream | null;
  /** The face check of the camera preview (video mode). */
  presence: CameraPresence;
  busy: boolean;
  onBeginAnswer: () => Promise<void>;
  onSubmit: (answer: AnswerSubmission) => Promise<void>;
  onSkip: () => void;
}

/** Thinking time, then the answer: typed, or recorded with a preview, a level meter and a timer. */
export function AnswerPanel({
  interview,
  mode,
  stream,
  presence,
  busy,
  onBeginAnswer,
  onSubmit,
  onSkip,
}: AnswerPanelProps) {
  const current = interview.current!;
  const answering = interview.state.phase === 'answering';
  const elapsed = useTicker(answering, answering ? interview.secondsInPhase : 0);
  const thinking = useTicker(interview.state.phase === 'asking', interview.secondsInPhase);
  const [text, setText] = useState('');
  const [level, setLevel] = useState(0);
  const recording = useRef<ActiveRecording | null>(null);
  const [finishing, setFinishing] = useState(false);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (preview.current && stream) preview.current.srcObject = stream;
  }, [stream]);
  useEffect(() => (stream ? watchLevel(stream, setLevel) : undefined), [stream]);
  useEffect(() => {
    setText('');
    setFinishing(false);
  }, [current.turnId]);

  async function begin() {
    stopSpeaking();
    if (mode !== 'typed' && stream) {
      recording.current = await startRecording(stream, mode, interview.id, answerIdOf(interview.id, current.turnId));
      if (mode === 'video' && preview.current) presence.start(preview.current);
    }
    await onBeginAnswer();
  }

  async function finish() {
    if (mode === 'typed') return onSubmit({ mode, text });
    setFinishing(true);
    const active = recording.current;
    recording.current = null;
    const samples = mode === 'video' ? presence.stop() : null;
    await active?.stop();
    await onSubmit(samples ? { mode, camera: { samples } } : { mode });
  }

  const remainingThought = Math.max(0, THINKING_SECONDS - thinking);
  // Answering with no recorder in this page: a reload cut the recording short (its chunks are in IndexedDB).
  const interrupted = answering && mode !== 'typed' && !recording.current && !finishing;
  return (
    <div className="answer-panel">
      {mode === 'video' && (
        <video ref={preview} className="preview" autoPlay muted playsInline aria-label="Camera preview" />
      )}
      {mode !== 'typed' && (
        <div
          className="meter"
          role="meter"
          aria-label="Microphone level"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(level * 100)}
        >
          <div style={{ width: `${Math.round(level * 100)}%` }} />
        </div>
      )}
      {!answering ? (
        <>
          <p className="hint" aria-live="polite">
            {remainingThought > 0 ? `Thinking time: ${remainingThought} s` : 'Take your time, and start when ready.'}
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => void begin()}
            disabled={busy || (mode !== 'typed' && !stream)}
          >
            {mode === 'typed' ? 'Start answering' : 'Start recording my answer'}
          </button>{' '}
          <button type="button" onClick={onSkip} disabled={busy}>
            Skip this question
          </button>
        </>
      ) : (
        <>
          {interrupted && (
            <p className="alert" role="status" data-testid="recording-interrupted">
              The page was reloaded while you were recording. What was recorded is kept and is being sent; submit it as
              your answer.
            </p>
          )}
          <p className="timer" aria-live="off">
            {mode !== 'typed' && !interrupted && (
              <span className="rec" role="status">
                ● Recording
              </span>
            )}{' '}
            {clock(elapsed)} / aim for {clock(current.targetSeconds)}{' '}
            {mode === 'video' && <FaceIndicator status={presence.status} />}
          </p>
          {mode === 'typed' && (
            <>
              <label htmlFor="typed-answer" className="visually-hidden">
                Your answer
              </label>
              <textarea
                id="typed-answer"
                rows={8}
                value={text}
                onChange={(event) => setText(event.target.value)}
                maxLength={ANSWER_MAX_CHARS}
                autoFocus
              />
            </>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void finish()}
            disabled={busy || (mode === 'typed' && !text.trim())}
          >
            {mode === 'typed' ? 'Submit answer' : interrupted ? 'Submit what was recorded' : "I'm done answering"}
          </button>
        </>
      )}
    </div>
  );
}
