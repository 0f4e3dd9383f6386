import { useEffect, useMemo, useState, type RefObject } from 'react';
import { transcriptPieces, wordAt, type TimedWord } from './transcript-view.ts';

/**
 * The recognised words under the recording: the word being played is highlighted, a click plays from a word, and
 * fillers and long pauses stand out. Words are not tab stops (an answer has hundreds); the player's own controls
 * seek from the keyboard.
 */
export function SyncedTranscript({
  words,
  player,
}: {
  words: TimedWord[];
  player: RefObject<HTMLMediaElement | null>;
}) {
  const pieces = useMemo(() => transcriptPieces(words), [words]);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const video = player.current;
    if (!video) return;
    const follow = () => setCurrent(wordAt(words, video.currentTime));
    video.addEventListener('timeupdate', follow);
    video.addEventListener('seeked', follow);
    return () => {
      video.removeEventListener('timeupdate', follow);
      video.removeEventListener('seeked', follow);
    };
  }, [player, words]);

  const playFrom = (seconds: number) => {
    const video = player.current;
    if (!video) return;
    video.currentTime = seconds;
    void video.play().catch(() => undefined);
  };

  return (
    <>
      <p className="hint">
        Click a word to play from there; fillers are underlined in red, and long pauses are marked where they fell.
      </p>
      <p className="synced-transcript" data-testid="synced-transcript">
        {pieces.map((piece) =>
          piece.kind === 'pause' ? (
            <span key={`pause-${piece.beforeWord}`} className="pause" title="A long pause">
              [pause {piece.seconds} s]{' '}
            </span>
          ) : (
            <span key={piece.index}>
              <button
                type="button"
                tabIndex={-1}
                className={['word', piece.filler ? 'filler' : '', piece.index === current ? 'current' : '']
                  .filter(Boolean)
                  .join(' ')}
                data-start={piece.start}
                title={piece.filler ? 'Filler word' : `Play from ${piece.start.toFixed(1)} s`}
                onClick={() => playFrom(piece.start)}
              >
                {piece.text}
              </button>{' '}
            </span>
          ),
        )}
      </p>
    </>
  );
}
