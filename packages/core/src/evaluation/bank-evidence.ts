// The bank as a thesaurus for questions it doesn't hold: an expected point of an unfamiliar question ("reply 202
// with a job id") is often a key point of some bank question in other words, whose evidence phrases already hold
// the plain ways of saying it. Pure: built from the question index the resolver searches.
import { analyzeText } from '../language/read-text.ts';
import { isContentToken } from '../language/terms.ts';
import type { QuestionIndex } from '../questions/search.ts';

interface BankPoint {
  readonly keys: ReadonlySet<string>;
  readonly evidence: readonly string[];
}

/** Share of an expected point's word weight a bank key point's label must hold to lend its evidence. */
const MIN_SHARED_WEIGHT = 0.5;
const MAX_BORROWED = 24;

const pointsByIndex = new WeakMap<QuestionIndex, readonly BankPoint[]>();

/**
 * For an expected point, the evidence phrases of the bank key point closest to it (its label and evidence holding
 * at least half the point's word weight). Borrowing from the two closest did worse on our sets with their own
 * questions removed (0.839 → 0.829).
 */
export function bankEvidence(index: QuestionIndex): (point: string) => readonly string[] {
  return (point) => {
    const keys = contentKeys(point);
    // A word no bank question uses is the most specific of all, and no bank point shares it.
    const unknown = Math.log(1 + (index.size + 0.5) / 0.5);
    const total = [...keys].reduce((sum, key) => sum + (index.idf(key) || unknown), 0);
    if (total === 0) return [];
    const shareOf = (candidate: BankPoint) =>
      [...keys].reduce((sum, key) => sum + (candidate.keys.has(key) ? index.idf(key) : 0), 0) / total;
    return bankPoints(index)
      .map((candidate) => ({ candidate, share: shareOf(candidate) }))
      .filter(({ share }) => share >= MIN_SHARED_WEIGHT)
      .sort((a, b) => b.share - a.share)
      .slice(0, 1)
      .flatMap(({ candidate }) => candidate.evidence.slice(0, MAX_BORROWED));
  };
}

function bankPoints(index: QuestionIndex): readonly BankPoint[] {
  let points = pointsByIndex.get(index);
  if (!points) {
    points = index.questions.flatMap((question) =>
      question.keyPoints.map((point) => ({
        keys: contentKeys([point.label, ...point.evidence].join('.\n')),
        evidence: point.evidence,
      })),
    );
    pointsByIndex.set(index, points);
  }
  return points;
}

function contentKeys(text: string): Set<string> {
  return new Set(
    analyzeText(text)
      .tokens.filter(isContentToken)
      .map((token) => token.key),
  );
}
