import type { RefObject } from 'react';
import { CommentList } from './CommentList.tsx';
import { useComments } from './sharing-api.ts';

/** The comments coaches left on one of the candidate's answers (nothing when there are none). */
export function TurnComments({
  interviewId,
  turnId,
  player,
}: {
  interviewId: string;
  turnId: string;
  player: RefObject<HTMLMediaElement | null>;
}) {
  const comments = useComments(interviewId);
  const mine = comments.data?.items.filter((comment) => comment.turnId === turnId) ?? [];
  return <CommentList comments={mine} player={player} />;
}
