// Known misconceptions of the question, spotted by their signal phrases in sentences that assert them.
import { findPhrase, type TextIndex } from '../language/phrase-match.ts';
import type { QuestionProfile } from './question-profile.ts';
import type { MisconceptionFound } from './types.ts';

export function findMisconceptions(profile: QuestionProfile, index: TextIndex): MisconceptionFound[] {
  const found: MisconceptionFound[] = [];
  for (const { misconception, signals } of profile.misconceptions) {
    const match = signals
      .flatMap((signal) => findPhrase(signal, index))
      .find((m) => !m.contradicted && m.strength >= 0.99);
    if (!match) continue;
    found.push({
      id: misconception.id,
      claim: misconception.claim,
      correction: misconception.correction,
      sentence: index.text.sentences[match.sentence]?.text ?? '',
    });
  }
  return found;
}
