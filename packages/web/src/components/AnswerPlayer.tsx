import type { RefObject } from 'react';
import type { InterviewTurnView } from '../interviews.ts';

/** An answer's recording: a voice answer has no picture, so an audio player rather than an empty black video box. */
export function AnswerPlayer({
  mode,
  src,
  player,
}: {
  mode: InterviewTurnView['mode'];
  src: string;
  player: RefObject<HTMLMediaElement | null>;
}) {
  const Player = mode === 'audio' ? 'audio' : 'video';
  return (
    <Player
      ref={(element: HTMLMediaElement | null) => {
        player.current = element;
      }}
      className={Player === 'audio' ? 'playback audio' : 'playback'}
      controls
      preload="metadata"
      src={src}
      data-testid="playback"
    />
  );
}

/**
 * The recognised words to play along with, or null: word times belong to what the recogniser heard, so once the
 * candidate corrected the text they no longer fit it.
 */
export function playAlongWords(turn: InterviewTurnView) {
  const heard = turn.spoken?.transcript;
  return heard && heard.words.length > 0 && turn.answerText === heard.text && turn.recordingId ? heard : null;
}
