import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, data } from '../api.ts';
import { sessionKey } from '../auth.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';

export function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signingUp = mode === 'sign-up';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (form.get(name) as string | null) ?? '';
    const credentials = { email: field('email'), password: field('password') };
    setBusy(true);
    setError(null);
    try {
      const { user } = await data(
        signingUp
          ? api.POST('/api/v1/auth/sign-up', { body: { ...credentials, name: field('name') } })
          : api.POST('/api/v1/auth/sign-in', { body: credentials }),
      );
      client.setQueryData(sessionKey, user);
      await navigate({ to: '/' });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="auth card" aria-labelledby="auth-title">
      <h1 id="auth-title">{signingUp ? 'Create your account' : 'Sign in'}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate={false}>
        {signingUp && (
          <label>
            Name
            <input name="name" autoComplete="name" required maxLength={100} />
          </label>
        )}
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required maxLength={254} />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            required
            minLength={signingUp ? 8 : 1}
            maxLength={128}
            aria-describedby={signingUp ? 'password-hint' : undefined}
          />
        </label>
        {signingUp && (
          <p id="password-hint" className="hint">
            8 to 128 characters, not a common password nor your email. A few unrelated words together are best.
          </p>
        )}
        <ProblemMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {signingUp ? 'Create account' : 'Sign in'}
        </button>
      </form>
      <p>
        {signingUp ? (
          <>
            Already have an account? <Link to="/sign-in">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link to="/sign-up">Create an account</Link>
          </>
        )}
      </p>
    </section>
  );
}
