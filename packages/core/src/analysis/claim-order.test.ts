// A wrong claim made of the right words: told apart by which word goes with which. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../language/read-text.ts';
import { synonymKey } from '../language/synonyms.ts';
import { markClaims, isDistanced } from './claims.ts';
import {
  assertionSequences,
  commonInOrder,
  sentencePartSequences,
  sentenceSequences,
  statesClaim,
  type ClaimOrderProfile,
} from './claim-order.ts';

const sequences = (text: string) => sentenceSequences(analyzeText(text));
const breakerClaim = 'When the circuit is open, calls flow through to the dependency.';
const breaker: ClaimOrderProfile = {
  claims: sequences(breakerClaim),
  assertions: assertionSequences(analyzeText(breakerClaim)),
  rights: [
    ...sequences('Closed is the resting state: calls pass through and the breaker counts the failures.'),
    ...sequences('Once it trips open, the breaker rejects calls at once instead of waiting on the dependency.'),
  ],
};
const topic = new Set(['circuit', 'breaker'].map((w) => analyzeText(w).tokens[0]!.key));
const states = (sentence: string) => {
  const text = analyzeText(sentence);
  const marks = markClaims(text);
  const own = sentenceSequences(text, (p) => isDistanced(marks, text.tokens, [p]));
  return own.some((s) => statesClaim(breaker, s, topic));
};

describe('words in the same order', () => {
  it('finds the longest run of shared words in order, gaps allowed', () => {
    expect(commonInOrder(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'b'])).toEqual(['a', 'c', 'd']);
    expect(commonInOrder([], ['a'])).toEqual([]);
  });

  it('compares words by synonym group and keeps negation apart', () => {
    const [traffic] = sequences('Open lets traffic flow on.');
    const [calls] = sequences('Open lets calls pass on.');
    expect(traffic).toEqual(calls);
    const [denied] = sequences('Open does not let calls pass.');
    expect(denied?.some((key) => key.endsWith('#not'))).toBe(true);
  });
});

describe('a sentence states a known wrong claim in its own words', () => {
  it('catches the claim when the right words are arranged the wrong way', () => {
    expect(states('In the open state every request just flows on to the backend dependency.')).toBe(true);
  });

  it('leaves the right arrangement alone, though it uses the same words', () => {
    expect(states('While closed, calls flow through; once open, the breaker rejects calls at once.')).toBe(false);
  });

  it('leaves a negated or supposed claim alone', () => {
    expect(states('When it is open, calls do not flow through to the dependency.')).toBe(false);
    expect(states('If open meant calls flow through to the dependency, nothing would be protected.')).toBe(false);
  });

  it('needs more than the topic name and one word', () => {
    expect(states('The circuit breaker is open.')).toBe(false);
  });
});

describe("a claim's condition is not its assertion", () => {
  const claim = 'Services should publish events even when the caller needs an answer right away.';
  const events: ClaimOrderProfile = {
    claims: sequences(claim),
    assertions: assertionSequences(analyzeText(claim)),
    rights: sequences('Events announce facts to whoever cares.'),
  };
  const none = new Set<string>();

  it('keeps only the words outside "when", "if", "unless"… clauses', () => {
    expect(assertionSequences(analyzeText(claim))).toEqual(sequences('Services should publish events even.'));
  });

  it('needs a sentence to share the assertion, not only the condition', () => {
    const [sharesCondition] = sequences('If the caller needs an answer right away, it simply makes a direct call.');
    const [statesIt] = sequences('Services publish events even when the caller needs an answer right away.');
    expect(statesClaim(events, sharesCondition!, none)).toBe(false);
    expect(statesClaim(events, statesIt!, none)).toBe(true);
  });
});

describe('the words a sentence shares with a claim are weighed by their rarity', () => {
  const claim = 'Serializable means the database literally runs transactions one at a time.';
  const serial: ClaimOrderProfile = {
    claims: sequences(claim),
    assertions: assertionSequences(analyzeText(claim)),
    rights: sequences('Serializable gives the result of some serial order.'),
  };
  const [commonWordsOnly] = sequences('The database runs each transaction at the same time.');
  const rare = new Set(['serializ', 'liter']);
  const rarity = (key: string) => (rare.has(key) ? 6 : 1);

  it('needs half the weight of the claim, not only half its words', () => {
    expect(statesClaim(serial, commonWordsOnly!, new Set())).toBe(true);
    expect(statesClaim(serial, commonWordsOnly!, new Set(), rarity)).toBe(false);
    const [statesIt] = sequences('Serializable literally runs the transactions one at a time.');
    expect(statesClaim(serial, statesIt!, new Set(), rarity)).toBe(true);
  });
});

describe('a semicolon parts two claims', () => {
  it('reads each part of a sentence apart, so no claim is pieced together across them', () => {
    const parts = sentencePartSequences(
      analyzeText('When it is open, nothing changes; calls flow on to the dependency.'),
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveLength(2);
    expect(parts[0]?.flat()).toEqual(
      sequences('When it is open, nothing changes, calls flow on to the dependency.')[0],
    );
  });
});

describe('synonym groups', () => {
  it('keep a JavaScript promise apart from a guarantee', () => {
    expect(synonymKey('promis')).not.toBe(synonymKey('guarante'));
    expect(synonymKey('ensur')).toBe(synonymKey('guarante'));
  });
});
