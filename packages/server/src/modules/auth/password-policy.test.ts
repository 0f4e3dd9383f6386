import { describe, expect, it } from 'vitest';
import { judgePassword } from './password-policy.ts';

describe('the password policy', () => {
  it('refuses common passwords, spaces only, and passwords built from the email', async () => {
    for (const password of ['password', '12345678', '        ', 'qwertyuiop', 'ann.lee@example.com', 'annlee2024'])
      expect((await judgePassword(password, ['ann.lee@example.com', 'Ann Lee'])).ok, password).toBe(false);
  });

  it('accepts a few unrelated words and says why it refuses', async () => {
    expect((await judgePassword('correct horse battery', ['ann.lee@example.com'])).ok).toBe(true);
    expect((await judgePassword('password', [])).reason).toMatch(/too easy to guess/);
  });
});
