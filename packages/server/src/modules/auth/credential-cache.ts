// Whom a credential (a session cookie, an access token) belongs to, remembered briefly in this process: asking
// better-auth costs a signature check and two queries, a token a hash and a query, on every request. An entry
// lives at most `ttlMs` and never past the credential's own expiry; signing out, revoking a token or changing a
// user's role forgets at once what this process remembered. Another process of the same instance may still
// accept a revoked credential until its own entry lapses (ttlMs).

export interface CredentialCacheOptions {
  /** How long a credential is believed without asking again (default 30 s). */
  ttlMs?: number;
  /** Credentials remembered at most; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

export interface Remembered<User> {
  user: User & { id: string };
  /** When the credential itself expires (epoch ms; Infinity for never). */
  expiresAt: number;
}

interface Entry<User> {
  value: Promise<Remembered<User> | null>;
  /** Epoch ms after which the entry is not believed; Infinity while the first lookup is under way. */
  until: number;
  userId: string | undefined;
}

export interface CredentialCache<User> {
  /** The owner of this credential, from memory or from `load` (concurrent lookups of one share one). */
  get(key: string, load: () => Promise<Remembered<User> | null>): Promise<(User & { id: string }) | null>;
  /** Forgets one credential (a session that signed out). */
  forget(key: string): void;
  /** Forgets every credential of a user (after their role changed, or one of their tokens was revoked). */
  forgetUser(userId: string): void;
}

export const CREDENTIAL_CACHE_TTL_MS = 30_000;

export function createCredentialCache<User>(options: CredentialCacheOptions = {}): CredentialCache<User> {
  const ttlMs = options.ttlMs ?? CREDENTIAL_CACHE_TTL_MS;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<User>>();
  /** Bumped by every forget: a lookup that was under way meanwhile may have read what was just revoked. */
  let generation = 0;

  function remember(key: string): Entry<User> | undefined {
    const entry = entries.get(key);
    if (!entry || entry.until > now()) return entry;
    entries.delete(key);
    return undefined;
  }

  function lookUp(key: string, load: () => Promise<Remembered<User> | null>): Entry<User> {
    const startedIn = generation;
    const entry: Entry<User> = { value: load(), until: Infinity, userId: undefined };
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    const settle = (found: Remembered<User> | null) => {
      if (entries.get(key) !== entry) return;
      if (!found || generation !== startedIn) entries.delete(key);
      else Object.assign(entry, { until: Math.min(now() + ttlMs, found.expiresAt), userId: found.user.id });
    };
    entry.value.then(settle, () => entries.get(key) === entry && entries.delete(key));
    return entry;
  }

  return {
    async get(key, load) {
      const found = await (remember(key) ?? lookUp(key, load)).value;
      return found && found.expiresAt > now() ? found.user : null;
    },
    forget(key) {
      generation++;
      entries.delete(key);
    },
    forgetUser(userId) {
      generation++;
      for (const [key, entry] of entries) if (entry.userId === userId) entries.delete(key);
    },
  };
}
