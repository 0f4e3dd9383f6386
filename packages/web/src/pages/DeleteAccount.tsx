import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, data } from '../api.ts';
import { sessionKey } from '../auth.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';

/** Settings' last section: the account and everything it owns deleted, once the password is typed again. */
export function DeleteAccount() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const remove = useMutation({
    mutationFn: () => data(api.DELETE('/api/v1/account', { body: { password } })),
    onSuccess: async () => {
      // The session went with the account: forget everything this tab knew, then show the sign-in page.
      client.setQueryData(sessionKey, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      await navigate({ to: '/sign-in' });
    },
  });

  return (
    <section aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete your account</h2>
      <p>
        This deletes your account and everything in it for good: your interviews, answers and recordings, what you
        shared with coaches and their comments, your coding attempts and reviews, study cards, progress, kits and access
        tokens. A kit you made for a team stays with the team. It cannot be undone.
      </p>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          remove.mutate();
        }}
      >
        <label className="grow">
          Your password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        <button type="submit" disabled={remove.isPending || !password}>
          Delete my account
        </button>
      </form>
      <ProblemMessage error={remove.error} />
    </section>
  );
}
