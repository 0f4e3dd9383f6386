// Study mode's reads, shared by its pages: the same keys, so a grade refreshes every view of the queue.
import { api, data } from '../api.ts';
import type { operations } from '../api/schema.d.ts';
import { utcOffsetMinutes } from './study-format.ts';

type QueueQuery = NonNullable<operations['getStudyQueue']['parameters']['query']>;

export interface StudyScope {
  category?: string | undefined;
  level?: string | undefined;
  round?: string | undefined;
}

/** A question with its key points and model answer (the question API's). */
export const questionQuery = (id: string) => ({
  queryKey: ['question', id],
  queryFn: () => data(api.GET('/api/v1/questions/{id}', { params: { path: { id } } })),
});

/**
 * What is due now in the scope, the first `limit` cards described; the study day is the browser's. The URL's
 * filters go to the server as they are: it refuses a value it does not know, in words.
 */
export const queueQuery = (scope: StudyScope, limit: number) => ({
  queryKey: ['study-queue', scope, limit],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    data(
      api.GET('/api/v1/study/queue', {
        params: { query: { ...scope, utcOffset: utcOffsetMinutes(), limit } as QueueQuery },
        signal,
      }),
    ),
});
