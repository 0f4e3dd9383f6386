import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, data } from './api.ts';

export const sessionKey = ['session'] as const;

/** The signed-in user, or null when nobody is. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      try {
        // Nobody signed in is { user: null }: a signed-out page asks without a failed request.
        return (await data(api.GET('/api/v1/auth/session'))).user;
      } catch (error) {
        // A token or a session the server no longer knows.
        if (error instanceof ApiError && error.problem.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await data(api.POST('/api/v1/auth/sign-out'));
    client.setQueryData(sessionKey, null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  };
}
