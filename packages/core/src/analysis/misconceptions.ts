// Known misconceptions of the question, spotted by their signal phrases in clauses that assert them: not negated,
// not warned against ("avoid…") and not in a sentence that reports the belief to refute it; or, in other words,
// by a sentence that uses several words only the wrong belief uses.
import { findPhrase, type TextIndex } from '../language/phrase-match.ts';
import type { Token } from '../language/types.ts';
import { sentencePartSequences, statesClaim, type KeySequence } from './claim-order.ts';
import { isDistanced, type ClaimMarks } from './claims.ts';
import type { QuestionProfile } from './question-profile.ts';
import type { MisconceptionFound } from './types.ts';

export interface MisconceptionHit extends MisconceptionFound {
  readonly sentenceIndex: number;
}

export function findMisconceptions(
  profile: QuestionProfile,
  index: TextIndex,
  claims: ClaimMarks,
  weight?: (key: string) => number,
): MisconceptionHit[] {
  const found: MisconceptionHit[] = [];
  let sequences: KeySequence[][] | undefined;
  const ownSequences = () =>
    (sequences ??= sentencePartSequences(index.text, (p) => isDistanced(claims, index.text.tokens, [p])));
  for (const { misconception, signals, claimKeys, negatedClaimKeys, claimOrder } of profile.misconceptions) {
    const match = signals
      .flatMap((signal) => findPhrase(signal, index))
      .find((m) => !m.contradicted && m.strength >= 0.99 && !isDistanced(claims, index.text.tokens, m.tokens));
    const sentence =
      match?.sentence ??
      orIfNone(claimedInOtherWords(claimKeys, negatedClaimKeys, index, claims), () =>
        ownSequences().findIndex((parts) =>
          parts.some((part) => statesClaim(claimOrder, part, profile.topicSequenceKeys, weight)),
        ),
      );
    if (sentence < 0) continue;
    found.push({
      id: misconception.id,
      claim: misconception.claim,
      correction: misconception.correction,
      sentence: index.text.sentences[sentence]?.text ?? '',
      sentenceIndex: sentence,
    });
  }
  return found;
}

function orIfNone(sentence: number, next: () => number): number {
  return sentence >= 0 ? sentence : next();
}

/**
 * Distinct words only the wrong belief uses, asserted in one clause, that make the clause state it. Measured on our
 * tuning set with the development set: two in one clause caught 13 of 24 confident wrong answers (the signals
 * alone 7), firing on 2 of 60 strong answers and 3 of 60 partial ones; three in one sentence caught 9 with 1 and 2.
 */
const CLAIM_WORDS_NEEDED = 2;

/** The sentence of the first clause that uses enough of the claim's distinctive words, in the speaker's own voice. */
function claimedInOtherWords(
  claimKeys: ReadonlySet<string>,
  negatedClaimKeys: ReadonlySet<string>,
  index: TextIndex,
  claims: ClaimMarks,
): number {
  if (claimKeys.size < CLAIM_WORDS_NEEDED) return -1;
  const tokens = index.text.tokens;
  const byClause = new Map<number, { keys: Set<string>; positions: number[] }>();
  tokens.forEach((token, i) => {
    // Said with the claim's own polarity: "async code can deadlock" does not state "async code can't deadlock".
    if (!claimKeys.has(token.key) || token.isNegated !== negatedClaimKeys.has(token.key)) return;
    let entry = byClause.get(token.clause);
    if (!entry) byClause.set(token.clause, (entry = { keys: new Set(), positions: [] }));
    entry.keys.add(token.key);
    entry.positions.push(i);
  });
  for (const [, entry] of [...byClause].sort((a, b) => a[0] - b[0])) {
    const close = closeClaimWords(entry.positions, tokens);
    if (close && !isDistanced(claims, tokens, close)) return tokens[close[0] ?? 0]?.sentence ?? -1;
  }
  return -1;
}

/**
 * A claim is stated within a few words, and by more than names: with a noun-only pair allowed, misconceptions
 * fired on 3 strong and 3 partial answers of the tuning sets; needing a verb, adjective or adverb, on 2 and 2,
 * catching 52 of 80 wrong answers instead of 53. A transcript has no punctuation, so one "clause" can run for forty words
 * and two claim words at its ends say nothing together; they count only this close to each other.
 */
const CLAIM_WORDS_WINDOW = 8;

function closeClaimWords(positions: readonly number[], tokens: readonly Token[]): number[] | null {
  for (const [i, from] of positions.entries()) {
    const near = positions.slice(i).filter((p) => p - from <= CLAIM_WORDS_WINDOW);
    // Names alone ("a broker like Kafka") state nothing: a claim needs a word that says something of them.
    const predicate = near.some((p) => tokens[p]?.pos !== 'NOUN' && tokens[p]?.pos !== 'PROPN');
    if (new Set(near.map((p) => tokens[p]?.key)).size >= CLAIM_WORDS_NEEDED && predicate) return near;
  }
  return null;
}
