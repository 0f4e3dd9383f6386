// Where a phrase match's polarity differs from its clause's: two negators that cancel, and "not just" before a
// claim of "just". The clause marks (negated, negator) come from negation.ts; these read them around a match.
import type { Token } from './types.ts';

/**
 * Negators in the match's clause up to its last word. A negative phrase ("refactor without tests") said under a
 * second negator ("never refactor without tests") is its opposite: two negations cancel.
 */
export function negatorsBefore(tokens: readonly Token[], positions: readonly number[]): number {
  const last = positions[positions.length - 1] ?? -1;
  const clause = tokens[positions[0] ?? -1]?.clause;
  let count = 0;
  for (let i = last; i >= 0 && tokens[i]?.clause === clause; i--) if (tokens[i]?.isNegator) count++;
  return count;
}

/**
 * "Not just" and "not only" don't negate a clause ("not just a cache but a queue"), but they do deny a claim
 * of "just" or "only": "a gateway is not just a load balancer" is not "a gateway is just a load balancer".
 */
export function limitedByNot(tokens: readonly Token[], positions: readonly number[]): boolean {
  return positions.some((i) => {
    const lemma = tokens[i]?.lemma;
    if (lemma !== 'just' && lemma !== 'only' && lemma !== 'merely') return false;
    const before = tokens[i - 1]?.text.toLowerCase();
    return before === 'not' || before === "n't";
  });
}
