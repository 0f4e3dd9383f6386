// Which passwords an account may have (ASVS 2.1.7): none of the passwords attackers try first, and nothing built
// from the user's own email or name. zxcvbn's lists and pattern matching judge it; a score of 2 of 4 resists
// online guessing, which the sign-in limits throttle, and still lets a random 8-character password through.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export interface PasswordVerdict {
  readonly ok: boolean;
  /** Why not, in words a user can act on. */
  readonly reason?: string;
}

const MIN_SCORE = 2;

let checker: Promise<ZxcvbnFactory> | undefined;

/** Loaded on the first password judged: its lists are some 5 MB of memory that a server idling has no use for. */
function zxcvbn(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, common]) =>
      new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }),
  );
  return checker;
}

export async function judgePassword(password: string, personal: readonly string[]): Promise<PasswordVerdict> {
  if (password.trim().length === 0) return { ok: false, reason: 'A password of spaces only is too easy to guess.' };
  const inputs = personal
    .flatMap((value) => {
      const local = value.split('@')[0] ?? value;
      return [value, local, local.replace(/[^a-z0-9]/gi, ''), ...value.split(/[@.\s_-]+/)];
    })
    .filter((v) => v.length >= 3);
  const result = (await zxcvbn()).check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true };
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return {
    ok: false,
    reason: `This password is too easy to guess${hint ? `: ${hint}` : ''}. Try a few unrelated words together.`,
  };
}
