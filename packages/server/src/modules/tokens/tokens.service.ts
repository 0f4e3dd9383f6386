import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { forbidden, notFound } from '@rehearse/core';
import type { TokenScope } from '../../db/schema.ts';
import type { TokenRepository } from './tokens.repository.ts';

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

export function createTokenService(repository: TokenRepository, now: () => Date = () => new Date()) {
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
      const row = {
        id: randomUUID(),
        user_id: userId,
        name,
        token_hash: hashToken(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        created_at: createdAt.toISOString(),
        last_used_at: null,
        expires_at: expiresAt,
        scope,
      };
      await repository.insert(row);
      return { token: secret, ...present(row) };
    },

    list: async (userId: string) => (await repository.listByUser(userId)).map(present),

    async revoke(userId: string, id: string) {
      if (!(await repository.delete(userId, id))) throw notFound('token', id);
    },

    async authenticate(secret: string): Promise<TokenOwner | null> {
      if (!secret.startsWith(TOKEN_PREFIX)) return null;
      const found = await repository.findUserByTokenHash(hashToken(secret));
      if (!found) return null;
      const at = now();
      if (found.expires_at && found.expires_at <= at.toISOString()) return null;
      await repository.touch(found.tokenId, at.toISOString());
      return { id: found.id, email: found.email, name: found.name, role: found.role, scope: found.scope };
    },
  };
}

function present(row: {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  scope: TokenScope;
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    scope: row.scope,
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
