import { DomainError, notFound } from '@rehearse/core';
import { presentUser, type Role } from '../auth/auth.ts';
import type { UserRepository } from './users.repository.ts';

/** Administration of accounts: the rule that an instance always keeps an administrator lives here. */
export function createUserService(deps: { repository: UserRepository; forgetUser: (id: string) => void }) {
  return {
    list: async () => (await deps.repository.list()).map(presentUser),

    async changeRole(id: string, role: Role) {
      const updated = await deps.repository.setRole(id, role, (current, admins) => {
        if (current === 'admin' && role !== 'admin' && admins <= 1)
          throw new DomainError(
            'conflict',
            'last-admin',
            'This is the last administrator: make another account an administrator first.',
          );
      });
      if (!updated) throw notFound('user', id);
      // Cached credentials carry the role: the next request must see the new one.
      deps.forgetUser(id);
      return presentUser(updated);
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
