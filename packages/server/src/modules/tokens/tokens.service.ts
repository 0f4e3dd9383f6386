import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { forbidden, notFound } from '@rehearse/core';
import { createCredentialCache, type CredentialCache } from '../auth/credential-cache.ts';
import type { AccessToken, TokenRepository, TokenScope } from './tokens.repository.ts';

const TOKEN_PREFIX = 'rh_';

export interface TokenOwner {
  id: string;
  email: string;
  name: string;
  role: string;
  scope: TokenScope;
}

/** A token made without an expiry lasts this long: a forgotten token should not work for ever. */
export const DEFAULT_TOKEN_DAYS = 90;

// Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force as with passwords.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token's last use is written at most this often: a write per request would cost more than the request. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

export interface TokenServiceOptions {
  now?: () => Date;
  /** Where a failed last-use write is reported; it never fails the request. */
  log?: (message: string, details?: object) => void;
  /** How long a token's owner is believed without asking the database again (revoking forgets at once). */
  cacheTtlMs?: number;
}

type CachedOwner = TokenOwner & { tokenId: string; lastUsedAt: string | null };

export function createTokenService(repository: TokenRepository, options: TokenServiceOptions = {}) {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const owners: CredentialCache<CachedOwner> = createCredentialCache({
    now: () => now().getTime(),
    ...(options.cacheTtlMs === undefined ? {} : { ttlMs: options.cacheTtlMs }),
  });
  /** When this process last stored each token's use (epoch ms); a write under way counts. */
  const lastStored = new Map<string, number>();

  /** Records the use off the response path, when the stored time is older than the interval. */
  function touch(owner: CachedOwner, at: Date) {
    const stored = Math.max(lastStored.get(owner.tokenId) ?? 0, owner.lastUsedAt ? Date.parse(owner.lastUsedAt) : 0);
    if (at.getTime() - stored < TOKEN_TOUCH_INTERVAL_MS) return;
    lastStored.set(owner.tokenId, at.getTime());
    repository.touch(owner.tokenId, at.toISOString()).catch((error: unknown) => {
      lastStored.delete(owner.tokenId);
      log('token last use not recorded', { tokenId: owner.tokenId, error: String(error) });
    });
  }

  async function lookUp(tokenHash: string) {
    const found = await repository.findUserByTokenHash(tokenHash);
    if (!found) return null;
    const { tokenId, lastUsedAt, id, email, name, role, scope } = found;
    const expiresAt = found.expiresAt ? Date.parse(found.expiresAt) : Infinity;
    return { user: { tokenId, lastUsedAt, id, email, name, role, scope }, expiresAt };
  }

  return {
    /** Creates a token; the secret is returned once and only its hash is stored. */
    async create(
      owner: { id: string; role: string },
      name: string,
      expiresInDays: number = DEFAULT_TOKEN_DAYS,
      scope: TokenScope = 'write',
    ) {
      if (scope === 'admin' && owner.role !== 'admin')
        throw forbidden('admin-scope-needs-admin', 'Only administrators can create a token with the admin scope.');
      const userId = owner.id;
      const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + expiresInDays * 86_400_000).toISOString();
      const token: AccessToken = {
        id: randomUUID(),
        userId,
        name,
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        createdAt: createdAt.toISOString(),
        lastUsedAt: null,
        expiresAt,
        scope,
      };
      await repository.insert(token);
      return { token: secret, ...present(token) };
    },

    list: async (userId: string) => (await repository.listByUser(userId)).map(present),

    async revoke(userId: string, id: string) {
      const deleted = await repository.delete(userId, id);
      owners.forgetUser(userId);
      lastStored.delete(id);
      if (!deleted) throw notFound('token', id);
    },

    /** The token's owner, unless it is unknown, revoked or expired; its use is recorded at most once a minute. */
    async authenticate(secret: string): Promise<TokenOwner | null> {
      if (!secret.startsWith(TOKEN_PREFIX)) return null;
      const tokenHash = hashToken(secret);
      const found = await owners.get(tokenHash, () => lookUp(tokenHash));
      if (!found) return null;
      touch(found, now());
      return { id: found.id, email: found.email, name: found.name, role: found.role, scope: found.scope };
    },

    /** Forgets what this process remembers of a user's tokens (their role changed). */
    forgetUser: (userId: string) => owners.forgetUser(userId),
  };
}

/** What its owner sees of a token: never the hash. */
function present({ id, name, prefix, createdAt, lastUsedAt, expiresAt, scope }: AccessToken) {
  return { id, name, prefix, createdAt, lastUsedAt, expiresAt, scope };
}

export type TokenService = ReturnType<typeof createTokenService>;
