import type { RefObject } from 'react';
import { formatMoment } from '@rehearse/core/sharing';
import type { CommentView } from './sharing-api.ts';
import './sharing.css';

/** Moves the player to a comment's moment; it stays paused or playing as it was. */
function seek(player: RefObject<HTMLMediaElement | null>, seconds: number) {
  const media = player.current;
  if (!media) return;
  media.currentTime = seconds;
  media.scrollIntoView({ block: 'nearest' });
}

/** A coach's comments on one answer, in order; a moment is a button that seeks the player there. */
export function CommentList({
  comments,
  player,
}: {
  comments: readonly CommentView[];
  player: RefObject<HTMLMediaElement | null>;
}) {
  if (comments.length === 0) return null;
  return (
    <section className="comments" aria-label="Comments">
      <h4>Comments</h4>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id} className={comment.readAt ? 'comment' : 'comment unread'} data-testid="comment">
            {comment.atSec !== null ? (
              <button
                type="button"
                className="link-button moment"
                title={`Play from ${formatMoment(comment.atSec)}`}
                onClick={() => seek(player, comment.atSec!)}
              >
                {formatMoment(comment.atSec)}
              </button>
            ) : (
              <q className="quote">{comment.quote}</q>
            )}{' '}
            <span className="comment-body">{comment.body}</span> <span className="hint">— {comment.author.name}</span>
            {!comment.readAt && <span className="badge">new</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
