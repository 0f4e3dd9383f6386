// Deleting an account: the candidate's data is theirs, so all of it goes. Each module forgets its own rows (its
// `*.forget.ts`); this service only checks who asks and runs them together in one unit of work, in an order where
// nothing is deleted before what points at it. Files go after the rows commit: a failure rolls every row back and
// leaves every file, and a crash after the commit leaves only files no row names (never served, since each read
// starts from a row).
import { DomainError, forbidden } from '@rehearse/core';
import type { RunInUnitOfWork, UnitOfWork } from '../../db/unit-of-work.ts';

/** The account being deleted. */
export interface Leaving {
  readonly id: string;
  readonly email: string;
}

/** What a part does once the rows are committed (removing files). */
export type AfterCommit = () => Promise<void>;

/** One module's share of the account, forgotten in the deletion's unit of work. */
export type ForgetPart = (account: Leaving, uow: UnitOfWork) => Promise<AfterCommit | void>;

export interface AccountDeps {
  runInUnitOfWork: RunInUnitOfWork;
  /** 'none' when the account has no password (it then confirms by typing its email). */
  checkPassword: (userId: string, password: string | undefined) => Promise<'matches' | 'wrong' | 'none'>;
  /** In order: a part runs after every part whose rows point at its own. The last removes the user itself. */
  parts: readonly ForgetPart[];
  /** This process forgets the account's cached sessions and tokens. */
  forgetCredentials: (userId: string) => void;
  log?: (message: string, details?: object) => void;
}

export interface DeleteRequest {
  password?: string | undefined;
  /** The account's email, typed again: the confirmation of an account without a password. */
  confirmEmail?: string | undefined;
}

export function createAccountService(deps: AccountDeps) {
  async function confirm(account: Leaving, request: DeleteRequest) {
    const verdict = await deps.checkPassword(account.id, request.password);
    if (verdict === 'matches') return;
    if (verdict === 'wrong')
      throw forbidden('wrong-password', 'That is not your password: your account was not deleted.');
    if (request.confirmEmail?.trim().toLowerCase() !== account.email.toLowerCase())
      throw new DomainError(
        'invalid',
        'confirmation-required',
        'Your account has no password: type your email address to confirm that it should be deleted.',
        { errors: [{ field: 'body.confirmEmail', message: 'must be your email address' }] },
      );
  }

  return {
    /** Deletes the account and everything it owns, or nothing at all. */
    async delete(account: Leaving, request: DeleteRequest) {
      await confirm(account, request);
      const afterCommit = await deps.runInUnitOfWork(async (uow) => {
        const steps: AfterCommit[] = [];
        for (const forget of deps.parts) {
          const step = await forget(account, uow);
          if (step) steps.push(step);
        }
        return steps;
      });
      deps.forgetCredentials(account.id);
      for (const step of afterCommit) {
        try {
          await step();
        } catch (error) {
          // The account is gone already; a file left behind is unreachable, so say so and go on.
          deps.log?.('account deletion: removing a file failed', { userId: account.id, error: String(error) });
        }
      }
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
