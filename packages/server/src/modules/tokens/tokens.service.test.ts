import { describe, expect, it } from 'vitest';
import type { AccessToken, TokenRepository } from './tokens.repository.ts';
import { createTokenService, TOKEN_TOUCH_INTERVAL_MS } from './tokens.service.ts';

const owner = { id: 'u1', email: 'a@example.com', name: 'A', role: 'candidate' };

/** The repository over an array, counting what the service asks of it. */
function fakeRepository() {
  const rows: AccessToken[] = [];
  const calls = { lookups: 0, touches: [] as string[] };
  const repository: TokenRepository = {
    insert: (row) => {
      rows.push(row);
      return Promise.resolve();
    },
    listByUser: (userId) => Promise.resolve(rows.filter((row) => row.userId === userId)),
    findUserByTokenHash: (hash) => {
      calls.lookups++;
      const row = rows.find((candidate) => candidate.tokenHash === hash);
      return Promise.resolve(
        row && { tokenId: row.id, expiresAt: row.expiresAt, lastUsedAt: row.lastUsedAt, scope: row.scope, ...owner },
      );
    },
    touch: (id, at) => {
      calls.touches.push(at);
      const index = rows.findIndex((row) => row.id === id);
      if (index >= 0) rows[index] = { ...rows[index]!, lastUsedAt: at };
      return Promise.resolve();
    },
    delete: (userId, id) => {
      const index = rows.findIndex((row) => row.id === id && row.userId === userId);
      if (index >= 0) rows.splice(index, 1);
      return Promise.resolve(index >= 0);
    },
  };
  return { repository, rows, calls };
}

function setUp() {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const fake = fakeRepository();
  const service = createTokenService(fake.repository, { now: () => new Date(now) });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { ...fake, service, advance: (ms: number) => void (now += ms), settle };
}

describe('token service', () => {
  it('records a token’s last use at most once a minute, off the request', async () => {
    const t = setUp();
    const { token } = await t.service.create(owner, 'cli');
    for (let i = 0; i < 5; i++) expect(await t.service.authenticate(token)).toMatchObject({ id: 'u1' });
    await t.settle();
    expect(t.calls.touches).toEqual(['2026-01-01T00:00:00.000Z']);
    t.advance(TOKEN_TOUCH_INTERVAL_MS - 1);
    await t.service.authenticate(token);
    await t.settle();
    expect(t.calls.touches).toHaveLength(1);
    t.advance(1);
    await t.service.authenticate(token);
    await t.settle();
    expect(t.calls.touches).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:01:00.000Z']);
    expect((await t.service.list('u1'))[0]!.lastUsedAt).toBe('2026-01-01T00:01:00.000Z');
  });

  it('remembers a token’s owner briefly, and forgets it the moment the token is revoked', async () => {
    const t = setUp();
    const { token, id } = await t.service.create(owner, 'cli');
    await t.service.authenticate(token);
    await t.service.authenticate(token);
    expect(t.calls.lookups).toBe(1);
    await t.service.revoke('u1', id);
    expect(await t.service.authenticate(token)).toBeNull();
  });

  it('refuses an expired token, even one it remembers', async () => {
    const t = setUp();
    const { token } = await t.service.create(owner, 'short', 1);
    expect(await t.service.authenticate(token)).not.toBeNull();
    t.advance(86_400_000);
    expect(await t.service.authenticate(token)).toBeNull();
  });

  it('looks up nothing for a string that is not one of our tokens', async () => {
    const t = setUp();
    expect(await t.service.authenticate('not-a-token')).toBeNull();
    expect(t.calls.lookups).toBe(0);
  });
});
