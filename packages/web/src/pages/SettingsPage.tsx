import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, data } from '../api.ts';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { DeleteAccount } from './DeleteAccount.tsx';

export function SettingsPage() {
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => data(api.GET('/api/v1/tokens')) });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('write');
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => data(api.POST('/api/v1/tokens', { body: { name, expiresInDays: 90, scope } })),
    onSuccess: (token) => {
      setCreated(token.token);
      setName('');
      void client.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => data(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tokens'] }),
  });

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Personal access tokens</h1>
      <p className="lead">
        Tokens let the API and the rehearse CLI act as you. Send one as <code>Authorization: Bearer …</code>.
      </p>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <label className="grow">
          Token name
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={80}
            placeholder="e.g. laptop CLI"
          />
        </label>
        <label>
          Access
          <select value={scope} onChange={(event) => setScope(event.target.value as 'read' | 'write')}>
            <option value="write">Read and write</option>
            <option value="read">Read only</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={create.isPending || !name.trim()}>
          Create token (90 days)
        </button>
      </form>
      <ProblemMessage error={create.error ?? revoke.error ?? tokens.error} />
      {created && (
        <div className="card" role="status">
          <p>Copy this token now; it will not be shown again:</p>
          <code className="secret">{created}</code>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Access</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.data?.items.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{token.scope === 'read' ? 'read only' : token.scope}</td>
              <td>{token.lastUsedAt ? new Date(token.lastUsedAt).toLocaleString() : 'never'}</td>
              <td>{token.expiresAt ? new Date(token.expiresAt).toLocaleDateString() : 'never'}</td>
              <td>
                <button type="button" onClick={() => revoke.mutate(token.id)} aria-label={`Revoke ${token.name}`}>
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DeleteAccount />
    </section>
  );
}
