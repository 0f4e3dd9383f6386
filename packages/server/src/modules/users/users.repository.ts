import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../auth/auth.ts';

/** An account as administration sees it. */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

export function createUserRepository(db: Kysely<Database>) {
  return {
    list: (): Promise<Account[]> =>
      db.selectFrom('user').select(['id', 'email', 'name', 'role']).orderBy('email').execute(),

    /**
     * Sets a role in one transaction with the count of administrators, so that two admins demoting each other at
     * once cannot leave the instance with none. `allow` sees the current role and the number of admins.
     */
    setRole: (id: string, role: Role, allow: (current: string, admins: number) => void) =>
      db.transaction().execute(async (trx) => {
        const target = await trx.selectFrom('user').select('role').where('id', '=', id).executeTakeFirst();
        if (!target) return undefined;
        const { admins } = await trx
          .selectFrom('user')
          .select((eb) => eb.fn.countAll().as('admins'))
          .where('role', '=', 'admin')
          .executeTakeFirstOrThrow();
        allow(target.role, Number(admins));
        return trx
          .updateTable('user')
          .set({ role })
          .where('id', '=', id)
          .returning(['id', 'email', 'name', 'role'])
          .executeTakeFirstOrThrow();
      }),
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
