// Comparison questions ("optimistic or pessimistic locking?", "TCP or UDP?") are where a fluent wrong answer swaps
// the two sides: it says the right things of the wrong one. Each key point is tied to one side when the model
// answer makes it about that side; an answer sentence that makes the point about the other side only has the facts
// reversed. The pairs are the contrasts backend interviews ask about, our own domain knowledge.
import { matchKey } from '../language/match-key.ts';
import type { AnalyzedText } from '../language/types.ts';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['optimistic', 'pessimistic'],
  ['forward', 'reverse'],
  ['symmetric', 'asymmetric'],
  ['synchronous', 'asynchronous'],
  ['horizontal', 'vertical'],
  ['stateful', 'stateless'],
  ['process', 'thread'],
  ['tcp', 'udp'],
  ['authentication', 'authorization'],
  ['authenticate', 'authorize'],
  ['encryption', 'hashing'],
  ['mock', 'stub'],
  ['push', 'pull'],
  ['clustered', 'nonclustered'],
  ['inner', 'outer'],
  ['monolith', 'microservice'],
  ['put', 'patch'],
  ['access', 'refresh'],
  ['mutex', 'semaphore'],
  ['concurrency', 'parallelism'],
  ['latency', 'throughput'],
  ['blue', 'canary'],
  ['sql', 'nosql'],
  ['join', 'union'],
  ['delivery', 'deployment'],
  ['orchestration', 'choreography'],
  ['liveness', 'readiness'],
  ['cookie', 'token'],
  ['session', 'jwt'],
  ['replication', 'sharding'],
  ['leader', 'follower'],
  ['primary', 'replica'],
  ['unit', 'integration'],
  ['acceptance', 'functional'],
  ['abstract', 'interface'],
  ['inheritance', 'composition'],
  ['commit', 'rollback'],
];

export interface Contrast {
  /** This side's key ("optimist") and the other side's ("pessimist"). */
  readonly own: string;
  readonly other: string;
}

let keyedPairs: ReadonlyArray<readonly [string, string]> | undefined;

function pairs(): ReadonlyArray<readonly [string, string]> {
  keyedPairs ??= PAIRS.map(([a, b]) => [matchKey(a), matchKey(b)] as const);
  return keyedPairs;
}

/** The contrasts a question's prompt draws: pairs whose two sides both appear in it. */
export function contrastsOf(prompt: AnalyzedText): Array<readonly [string, string]> {
  const keys = new Set(prompt.tokens.map((t) => t.key));
  return pairs().filter(([a, b]) => keys.has(a) && keys.has(b));
}

/**
 * The side a key point belongs to: the one its model-answer sentences name, when they name only that one side
 * of a contrast the question draws.
 */
export function sideOf(
  contrasts: ReadonlyArray<readonly [string, string]>,
  modelAnswer: AnalyzedText,
  sentences: ReadonlySet<number>,
): Contrast | null {
  for (const [a, b] of contrasts) {
    let countA = 0;
    let countB = 0;
    for (const token of modelAnswer.tokens) {
      if (!sentences.has(token.sentence)) continue;
      if (token.key === a) countA++;
      if (token.key === b) countB++;
    }
    if (countA > 0 && countB === 0) return { own: a, other: b };
    if (countB > 0 && countA === 0) return { own: b, other: a };
  }
  return null;
}

/**
 * Whether the side last named before the evidence, in its sentence, is the other one: "optimistic locking, which
 * means locking the row up front" says a pessimistic fact of the optimistic side. Definitions name their subject
 * first; when no side is named before the evidence, nothing is reversed.
 */
export function saidOfOtherSide(text: AnalyzedText, evidenceStart: number, side: Contrast): boolean {
  const sentence = text.tokens[evidenceStart]?.sentence;
  for (let i = evidenceStart - 1; i >= 0; i--) {
    const token = text.tokens[i];
    if (!token || token.sentence !== sentence) return false;
    if (token.key === side.own) return false;
    if (token.key === side.other) return true;
  }
  return false;
}
