// Signals of depth: does the answer weigh a trade-off, walk through a failure case (the unhappy path), and give
// a concrete example? Each is found by generic cue phrases in a sentence that stays on the question's topic,
// and is reported with that sentence.
import { findPhrase, type TextIndex } from '../language/phrase-match.ts';
import type { Token } from '../language/types.ts';
import { cues, type CueKind } from './cues.ts';
import type { DepthKind, DepthSignal } from './types.ts';
import type { SentenceFeatures } from './sentence-features.ts';

/** A cue only counts in a sentence whose vocabulary is at least this much the question's. */
const ON_TOPIC = 0.3;

const CUE_OF: Record<DepthKind, CueKind> = {
  'trade-offs': 'tradeOff',
  'failure-cases': 'failure',
  'concrete-example': 'example',
};

export function assessDepth(
  index: TextIndex,
  features: readonly SentenceFeatures[],
  promptNumbers: ReadonlySet<string>,
): DepthSignal[] {
  return (Object.keys(CUE_OF) as DepthKind[]).map((kind) => {
    const sentences = cueSentences(CUE_OF[kind], index, features);
    if (kind === 'trade-offs') sentences.push(...contrastSentences(index, features));
    if (kind === 'concrete-example') sentences.push(...numberSentences(index, features, promptNumbers));
    const first = sentences.length ? Math.min(...sentences) : -1;
    return { kind, found: first >= 0, evidence: first >= 0 ? (index.text.sentences[first]?.text ?? null) : null };
  });
}

/** Sentences with a positive (not negated) cue of this kind, on topic and with a verb. */
export function cueSentences(
  kind: CueKind,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  minTopicShare = ON_TOPIC,
): number[] {
  return [...new Set(cueHits(kind, index, features, minTopicShare).map((hit) => hit.sentence))];
}

export interface CueHit {
  readonly sentence: number;
  readonly cue: string;
}

/** Cue matches in sentences on topic (and, unless told otherwise, with a verb: a statement, not a label). */
export function cueHits(
  kind: CueKind,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  minTopicShare = ON_TOPIC,
  requireVerb = true,
): CueHit[] {
  const hits: CueHit[] = [];
  for (const phrase of cues(kind)) {
    for (const match of findPhrase(phrase, index)) {
      const sentence = features[match.sentence];
      if (
        !match.contradicted &&
        sentence &&
        sentence.topicShare >= minTopicShare &&
        (!requireVerb || sentence.verbs > 0)
      )
        hits.push({ sentence: match.sentence, cue: phrase.text });
    }
  }
  return hits;
}

const CONTRASTS = new Set(['but', 'however', 'whereas', 'while', 'although', 'though', 'yet']);

/** "It's fast but can lose writes": a contrast joining two judgements is a trade-off stated plainly. */
function contrastSentences(index: TextIndex, features: readonly SentenceFeatures[]): number[] {
  return index.text.sentences
    .filter((s) => (features[s.index]?.topicShare ?? 0) >= ON_TOPIC)
    .filter((s) => {
      const tokens = index.text.tokens.slice(s.firstToken, s.endToken);
      const contrast = tokens.findIndex((t) => CONTRASTS.has(t.lemma));
      return contrast > 0 && hasJudgement(tokens.slice(0, contrast)) && hasJudgement(tokens.slice(contrast + 1));
    })
    .map((s) => s.index);
}

function hasJudgement(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) =>
      t.pos === 'ADJ' ||
      (t.pos === 'ADV' && /er$/.test(t.text)) ||
      t.lemma === 'cost' ||
      t.lemma === 'lose' ||
      t.lemma === 'risk',
  );
}

/** A number that the prompt did not contain ("fifty orders", "409", "thirty percent") makes an answer concrete. */
function numberSentences(
  index: TextIndex,
  features: readonly SentenceFeatures[],
  promptNumbers: ReadonlySet<string>,
): number[] {
  const found = new Set<number>();
  for (const token of index.text.tokens) {
    if (token.pos !== 'NUM' || token.lemma === 'one' || promptNumbers.has(token.lemma)) continue;
    if ((features[token.sentence]?.topicShare ?? 0) >= ON_TOPIC) found.add(token.sentence);
  }
  return [...found];
}
