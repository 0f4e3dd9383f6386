import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type RefObject } from 'react';
import { formatMoment, transcriptSentences } from '@rehearse/core/sharing';
import { api, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import type { InterviewTurnView } from '../interviews.ts';
import { commentsKey, parseMoment } from './sharing-api.ts';

/**
 * A coach's comment on one answer: at a moment of its recording (typed as 0:12, or taken from the player), or on
 * one sentence of its transcript. The server checks the moment against the recording's length.
 */
export function CommentForm({
  interviewId,
  turn,
  player,
}: {
  interviewId: string;
  turn: InterviewTurnView;
  player: RefObject<HTMLMediaElement | null>;
}) {
  const client = useQueryClient();
  const sentences = transcriptSentences(turn.answerText ?? '');
  const [anchor, setAnchor] = useState<'moment' | 'sentence'>(turn.recordingId ? 'moment' : 'sentence');
  const [moment, setMoment] = useState('');
  const [sentence, setSentence] = useState(0);
  const [body, setBody] = useState('');
  const [momentError, setMomentError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (where: { atSec: number } | { sentenceIndex: number }) =>
      data(
        api.POST('/api/v1/interviews/{id}/comments', {
          params: { path: { id: interviewId } },
          body: { turnId: turn.turnId, body, ...where },
        }),
      ),
    onSuccess: () => {
      setBody('');
      setMoment('');
      void client.invalidateQueries({ queryKey: commentsKey(interviewId) });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (anchor === 'sentence') return add.mutate({ sentenceIndex: sentence });
    const atSec = parseMoment(moment);
    setMomentError(atSec === null ? 'Type the moment as minutes:seconds, such as 0:12.' : null);
    if (atSec !== null) add.mutate({ atSec });
  };
  const id = `comment-${turn.turnId}`;

  return (
    <form className="comment-form" onSubmit={onSubmit} aria-label="Add a comment">
      {turn.recordingId && sentences.length > 0 && (
        <fieldset>
          <legend className="visually-hidden">Comment on</legend>
          <label>
            <input type="radio" checked={anchor === 'moment'} onChange={() => setAnchor('moment')} /> A moment
          </label>{' '}
          <label>
            <input type="radio" checked={anchor === 'sentence'} onChange={() => setAnchor('sentence')} /> A sentence
          </label>
        </fieldset>
      )}
      {anchor === 'moment' ? (
        <p>
          <label htmlFor={`${id}-at`}>At (m:ss)</label>{' '}
          <input
            id={`${id}-at`}
            className="moment-input"
            placeholder="0:12"
            value={moment}
            onChange={(event) => setMoment(event.target.value)}
          />{' '}
          <button type="button" onClick={() => setMoment(formatMoment(player.current?.currentTime ?? 0))}>
            Use the player’s time
          </button>
        </p>
      ) : (
        <p>
          <label htmlFor={`${id}-sentence`}>Sentence</label>{' '}
          <select id={`${id}-sentence`} value={sentence} onChange={(event) => setSentence(Number(event.target.value))}>
            {sentences.map((text, index) => (
              <option key={index} value={index}>
                {text.length > 80 ? `${text.slice(0, 77)}…` : text}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label htmlFor={`${id}-body`}>Comment</label>
        <textarea id={`${id}-body`} rows={3} required value={body} onChange={(event) => setBody(event.target.value)} />
      </p>
      <button
        type="submit"
        className="primary"
        disabled={add.isPending || (anchor === 'sentence' && !sentences.length)}
      >
        Add comment
      </button>
      {momentError && (
        <p role="alert" className="alert">
          {momentError}
        </p>
      )}
      <ProblemMessage error={add.error} />
    </form>
  );
}
