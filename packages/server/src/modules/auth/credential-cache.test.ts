import { describe, expect, it } from 'vitest';
import { createCredentialCache, type Remembered } from './credential-cache.ts';

type User = { id: string; role: string };

function setUp(ttlMs = 30_000) {
  let now = 1_000_000;
  const cache = createCredentialCache<User>({ ttlMs, now: () => now });
  const lookups: string[] = [];
  let answer: Remembered<User> | null = { user: { id: 'u1', role: 'candidate' }, expiresAt: now + 3_600_000 };
  const load = (key: string) => () => {
    lookups.push(key);
    return Promise.resolve(answer && structuredClone(answer));
  };
  return {
    cache,
    lookups,
    load,
    advance: (ms: number) => void (now += ms),
    answer: (next: Remembered<User> | null) => void (answer = next),
    at: () => now,
  };
}

describe('credential cache', () => {
  it('asks once per time to live, then again', async () => {
    const t = setUp();
    expect(await t.cache.get('cookie', t.load('cookie'))).toEqual({ id: 'u1', role: 'candidate' });
    t.advance(29_999);
    await t.cache.get('cookie', t.load('cookie'));
    expect(t.lookups).toHaveLength(1);
    t.advance(1);
    await t.cache.get('cookie', t.load('cookie'));
    expect(t.lookups).toHaveLength(2);
  });

  it('shares one lookup between concurrent requests with the same credential', async () => {
    const t = setUp();
    await Promise.all([1, 2, 3].map(() => t.cache.get('cookie', t.load('cookie'))));
    expect(t.lookups).toHaveLength(1);
  });

  it('never believes a credential past its own expiry', async () => {
    const t = setUp();
    t.answer({ user: { id: 'u1', role: 'candidate' }, expiresAt: t.at() + 5_000 });
    expect(await t.cache.get('cookie', t.load('cookie'))).not.toBeNull();
    t.advance(5_000);
    t.answer(null);
    expect(await t.cache.get('cookie', t.load('cookie'))).toBeNull();
  });

  it('remembers no unknown credential: a later valid one is looked up', async () => {
    const t = setUp();
    t.answer(null);
    expect(await t.cache.get('cookie', t.load('cookie'))).toBeNull();
    t.answer({ user: { id: 'u1', role: 'candidate' }, expiresAt: t.at() + 60_000 });
    expect(await t.cache.get('cookie', t.load('cookie'))).not.toBeNull();
    expect(t.lookups).toHaveLength(2);
  });

  it('forgets a signed-out credential at once, and every credential of a user whose role changed', async () => {
    const t = setUp();
    await t.cache.get('a', t.load('a'));
    await t.cache.get('b', t.load('b'));
    t.cache.forget('a');
    t.answer(null);
    expect(await t.cache.get('a', t.load('a'))).toBeNull();
    expect(await t.cache.get('b', t.load('b'))).not.toBeNull();
    t.answer({ user: { id: 'u1', role: 'admin' }, expiresAt: t.at() + 60_000 });
    t.cache.forgetUser('u1');
    expect(await t.cache.get('b', t.load('b'))).toEqual({ id: 'u1', role: 'admin' });
  });

  it('keeps nothing a lookup read while the credential was being revoked', async () => {
    const t = setUp();
    let release!: () => void;
    const slow = () =>
      new Promise<Remembered<User>>((resolve) => {
        release = () => resolve({ user: { id: 'u1', role: 'candidate' }, expiresAt: t.at() + 60_000 });
      });
    const pending = t.cache.get('cookie', slow);
    t.cache.forget('cookie');
    release();
    await pending;
    t.answer(null);
    expect(await t.cache.get('cookie', t.load('cookie'))).toBeNull();
  });
});
