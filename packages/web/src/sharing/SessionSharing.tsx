import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, data } from '../api.ts';
import { SharePanel } from './SharePanel.tsx';
import { unreadKey, useUnreadComments } from './sharing-api.ts';

/**
 * Sharing on the candidate's own session: a note of coaches' new comments (marked read once shown here; each
 * stays marked "new" on this visit) and the share panel for this interview.
 */
export function SessionSharing({ interviewId }: { interviewId: string }) {
  const client = useQueryClient();
  const unread = useUnreadComments();
  const count = unread.data?.sessions.find((s) => s.interviewId === interviewId)?.unread ?? 0;
  const markRead = useMutation({
    mutationFn: () =>
      data(api.POST('/api/v1/interviews/{id}/comments/read', { params: { path: { id: interviewId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: unreadKey }),
  });
  const { mutate, isIdle } = markRead;
  useEffect(() => {
    if (count > 0 && isIdle) mutate();
  }, [count, isIdle, mutate]);

  return (
    <>
      {(count > 0 || markRead.isSuccess) && (
        <p className="card" role="status" data-testid="new-comments">
          Your coach left {count > 0 ? count : 'new'} comment{count === 1 ? '' : 's'} on this interview: see them under
          the answers below.
        </p>
      )}
      <SharePanel interviewId={interviewId} />
    </>
  );
}
