// Known misconceptions of the question, spotted by their signal phrases in clauses that assert them: not negated,
// not warned against ("avoid…") and not in a sentence that reports the belief to refute it.
import { findPhrase, type TextIndex } from '../language/phrase-match.ts';
import { isDistanced, type ClaimMarks } from './claims.ts';
import type { QuestionProfile } from './question-profile.ts';
import type { MisconceptionFound } from './types.ts';

export interface MisconceptionHit extends MisconceptionFound {
  readonly sentenceIndex: number;
}

export function findMisconceptions(profile: QuestionProfile, index: TextIndex, claims: ClaimMarks): MisconceptionHit[] {
  const found: MisconceptionHit[] = [];
  for (const { misconception, signals } of profile.misconceptions) {
    const match = signals
      .flatMap((signal) => findPhrase(signal, index))
      .find((m) => !m.contradicted && m.strength >= 0.99 && !isDistanced(claims, index.text.tokens, m.tokens));
    if (!match) continue;
    found.push({
      id: misconception.id,
      claim: misconception.claim,
      correction: misconception.correction,
      sentence: index.text.sentences[match.sentence]?.text ?? '',
      sentenceIndex: match.sentence,
    });
  }
  return found;
}
