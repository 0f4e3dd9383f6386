import { useRef } from 'react';
import type { Schemas } from '../api.ts';
import { Feedback } from '../components/Feedback.tsx';
import { SyncedTranscript } from '../transcript/SyncedTranscript.tsx';

type Turn = Schemas['InterviewTurn'];

/**
 * One past answer played back: its recording (while stored) with the transcript synchronised to it, or the text
 * as typed, then its feedback. Read-only: corrections and retries belong to the interview page.
 */
export function AnswerReplay({ turn, heading }: { turn: Turn; heading: string }) {
  const player = useRef<HTMLVideoElement>(null);
  const heard = turn.spoken?.transcript;
  // Word times fit what the recogniser heard; once the text was corrected they no longer do.
  const synced = heard && heard.words.length > 0 && turn.answerText === heard.text && turn.recordingId ? heard : null;
  return (
    <section className="replay" aria-label={heading} data-testid="replay">
      <h4>{heading}</h4>
      {turn.recordingId && (
        <video
          ref={player}
          className="playback"
          controls
          preload="metadata"
          src={`/api/v1/recordings/${turn.recordingId}`}
          data-testid="replay-playback"
        />
      )}
      <div className="transcript">
        <h5>{turn.mode === 'typed' ? 'Your answer' : 'Transcript'}</h5>
        {synced ? (
          <SyncedTranscript words={synced.words} player={player} />
        ) : (
          <p>{turn.answerText || <em>(nothing recorded)</em>}</p>
        )}
      </div>
      {turn.analysis ? (
        <Feedback record={{ id: turn.turnId, analysis: turn.analysis }} />
      ) : (
        <p className="hint">{turn.status === 'failed' ? 'This answer could not be analysed.' : 'Not analysed yet.'}</p>
      )}
    </section>
  );
}
