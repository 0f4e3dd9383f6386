import { useUnreadComments } from './sharing-api.ts';

/** The number of coaches' comments the candidate has not read, beside the Sharing link; nothing at zero. */
export function UnreadBadge() {
  const total = useUnreadComments().data?.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="badge unread-badge" data-testid="unread-comments" aria-label={`${total} unread comments`}>
      {total}
    </span>
  );
}
