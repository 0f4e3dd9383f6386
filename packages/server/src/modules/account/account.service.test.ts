import { describe, expect, it } from 'vitest';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { createAccountService, type AccountDeps, type ForgetPart } from './account.service.ts';

const ANN = { id: 'u1', email: 'Ann@example.com' };

/** A unit of work that records whether it committed; every port faked, each call written to `log`. */
function fakes(password: 'matches' | 'wrong' | 'none', partsOf: (log: string[]) => ForgetPart[]) {
  const log: string[] = [];
  const parts = partsOf(log);
  const deps: AccountDeps = {
    runInUnitOfWork: async (work) => {
      const result = await work({} as UnitOfWork);
      log.push('commit');
      return result;
    },
    checkPassword: () => Promise.resolve(password),
    parts,
    forgetCredentials: (id) => log.push(`forget credentials ${id}`),
  };
  return { service: createAccountService(deps), log };
}

const part =
  (log: string[], name: string, withFiles = false): ForgetPart =>
  (account) => {
    log.push(`${name} ${account.id}`);
    const removeFiles = () => Promise.resolve(void log.push(`${name} files`));
    return Promise.resolve(withFiles ? removeFiles : undefined);
  };

describe('deleting an account', () => {
  it('forgets every part in order, commits, then forgets credentials and removes files', async () => {
    const t = fakes('matches', (log) => [part(log, 'recordings', true), part(log, 'user')]);
    const { log } = t;
    await t.service.delete(ANN, { password: 'secret' });
    expect(log).toEqual(['recordings u1', 'user u1', 'commit', 'forget credentials u1', 'recordings files']);
  });

  it('refuses a wrong password before anything is forgotten', async () => {
    const t = fakes('wrong', (log) => [part(log, 'user')]);
    const { log } = t;
    await expect(t.service.delete(ANN, { password: 'guess' })).rejects.toMatchObject({ code: 'wrong-password' });
    expect(log).toEqual([]);
  });

  it('asks an account without a password for its email, in any case', async () => {
    const t = fakes('none', (log) => [part(log, 'user')]);
    const { log } = t;
    await expect(t.service.delete(ANN, {})).rejects.toMatchObject({ code: 'confirmation-required' });
    expect(log).toEqual([]);
    await t.service.delete(ANN, { confirmEmail: ' ann@EXAMPLE.com ' });
    expect(log).toContain('user u1');
  });

  it('removes no file and keeps credentials when a part fails (the rows roll back)', async () => {
    const refuse: ForgetPart = () => Promise.reject(new Error('last owner'));
    const t = fakes('matches', (log) => [part(log, 'recordings', true), refuse]);
    const { log } = t;
    await expect(t.service.delete(ANN, { password: 'secret' })).rejects.toThrow('last owner');
    expect(log).toEqual(['recordings u1']);
  });
});
