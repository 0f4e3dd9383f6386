import type { PartOfSpeech } from 'wink-nlp';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

/** One token of a text as the analysis sees it. */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lowercase lemma ("handled" → "handle", "threads" → "thread"). */
  readonly lemma: string;
  /** Comparison key: the lemma with US spelling, stemmed ("idempotency" and "idempotent" → "idempot"). */
  readonly key: string;
  readonly pos: PartOfSpeech;
  readonly kind: TokenKind;
  readonly isStopWord: boolean;
  /** A word that negates its clause: not, n't, never, no, without, nor, neither, hardly, nobody… */
  readonly isNegator: boolean;
  /** Inside the scope of a negator of the same clause ("I would not use *bind variables*"). */
  readonly isNegated: boolean;
  /** Negated as a rejection ("I don't think we need *a retry budget*"), not as a goal ("so it doesn't break"). */
  readonly isRejected: boolean;
  /** Index of the clause within the whole text; clauses end at punctuation and at conjunctions. */
  readonly clause: number;
  /** Index of the sentence within the whole text. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly text: string;
  /** Position of the sentence's first token in `AnalyzedText.tokens`. */
  readonly firstToken: number;
  /** Position after its last token. */
  readonly endToken: number;
}

/** A text read once by wink: every later signal works on this, never on the raw string. */
export interface AnalyzedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Number of word and number tokens. */
  readonly wordCount: number;
}
