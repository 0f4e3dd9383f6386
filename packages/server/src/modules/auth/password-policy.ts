// Which passwords an account may have (ASVS 2.1.7): none of the passwords attackers try first, and nothing built
// from the user's own email or name. zxcvbn's lists and pattern matching judge it; a score of 2 of 4 resists
// online guessing, which the sign-in limits throttle, and still lets a random 8-character password through.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export interface PasswordVerdict {
  readonly ok: boolean;
  /** Why not, in words a user can act on. */
  readonly reason?: string;
}

const MIN_SCORE = 2;

let checker: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return checker;
}

export function judgePassword(password: string, personal: readonly string[]): PasswordVerdict {
  if (password.trim().length === 0) return { ok: false, reason: 'A password of spaces only is too easy to guess.' };
  const inputs = personal
    .flatMap((value) => {
      const local = value.split('@')[0] ?? value;
      return [value, local, local.replace(/[^a-z0-9]/gi, ''), ...value.split(/[@.\s_-]+/)];
    })
    .filter((v) => v.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true };
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return {
    ok: false,
    reason: `This password is too easy to guess${hint ? `: ${hint}` : ''}. Try a few unrelated words together.`,
  };
}
