// Sharing with a coach on the web: the API's shapes, the queries every sharing view reads, and a moment typed
// as a player shows it.
import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../api.ts';

export type ShareView = Schemas['Share'];
export type CommentView = Schemas['ShareComment'];

export const sharesKey = ['shares'] as const;
export const unreadKey = ['comments-unread'] as const;
export const commentsKey = (interviewId: string) => ['comments', interviewId] as const;

/** Comments on one interview: all of them for its owner, a coach's own for a coach. */
export function useComments(interviewId: string) {
  return useQuery({
    queryKey: commentsKey(interviewId),
    queryFn: () => data(api.GET('/api/v1/interviews/{id}/comments', { params: { path: { id: interviewId } } })),
  });
}

/** The candidate's unread comments, asked again every minute so the badge notices a coach's new note. */
export function useUnreadComments() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => data(api.GET('/api/v1/comments/unread')),
    refetchInterval: 60_000,
  });
}

/** "0:12", "1:05" or "12" (seconds) as seconds; null for anything else. */
export function parseMoment(text: string): number | null {
  const trimmed = text.trim();
  const clock = /^(\d+):([0-5]\d)(\.\d+)?$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0);
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}
