import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useRef } from 'react';
import { promptWords } from '@rehearse/core/questions/prompt-text';
import { api, data } from '../../api.ts';
import { AnswerPlayer, playAlongWords } from '../../components/AnswerPlayer.tsx';
import { Feedback } from '../../components/Feedback.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import type { InterviewTurnView } from '../../interviews.ts';
import { CommentForm } from '../../sharing/CommentForm.tsx';
import { CommentList } from '../../sharing/CommentList.tsx';
import { useComments, type CommentView } from '../../sharing/sharing-api.ts';
import { SyncedTranscript } from '../../transcript/SyncedTranscript.tsx';

/** One answer as a coach sees it: read-only, with the recording, the transcript, the feedback and the comments. */
function SharedTurn({
  interviewId,
  turn,
  comments,
}: {
  interviewId: string;
  turn: InterviewTurnView;
  comments: readonly CommentView[];
}) {
  const player = useRef<HTMLMediaElement>(null);
  const synced = playAlongWords(turn);
  return (
    <article className="card turn" data-testid={`shared-turn-${turn.turnId}`}>
      <h3>
        {turn.kind === 'follow-up' ? 'Follow-up: ' : ''}
        {promptWords(turn.prompt)}
      </h3>
      {turn.recordingId && (
        <AnswerPlayer mode={turn.mode} src={`/api/v1/shared/recordings/${turn.recordingId}`} player={player} />
      )}
      {synced ? (
        <SyncedTranscript words={synced.words} player={player} />
      ) : (
        turn.answerText && <p className="transcript">{turn.answerText}</p>
      )}
      {turn.analysis && <Feedback record={{ id: turn.turnId, analysis: turn.analysis }} answer={null} />}
      <CommentList comments={comments} player={player} />
      <CommentForm interviewId={interviewId} turn={turn} player={player} />
    </article>
  );
}

/** A session shared with the coach: every answer, oldest first, to watch, read and comment on. */
export function SharedSessionPage() {
  const { id } = useParams({ from: '/shared/interviews/$id' });
  const session = useQuery({
    queryKey: ['shared-interview', id],
    queryFn: () => data(api.GET('/api/v1/shared/interviews/{id}', { params: { path: { id } } })),
  });
  const comments = useComments(id);
  if (session.error)
    return (
      <section className="card">
        <ProblemMessage error={session.error} />
        <Link to="/sharing">Back to what is shared with you</Link>
      </section>
    );
  if (!session.data) return <p role="status">Loading…</p>;
  const { interview, owner } = session.data;
  return (
    <section className="shared-session">
      <p>
        <Link to="/sharing">← Shared with you</Link>
      </p>
      <h1>
        {owner.name}’s {interview.settings.level} {interview.settings.round} interview
      </h1>
      <p className="hint">Shared with you to watch and comment on; you cannot change it.</p>
      {interview.turns.length === 0 && <p>No answers yet.</p>}
      {interview.turns.map((turn) => (
        <SharedTurn
          key={turn.turnId}
          interviewId={id}
          turn={turn}
          comments={comments.data?.items.filter((c) => c.turnId === turn.turnId) ?? []}
        />
      ))}
    </section>
  );
}
