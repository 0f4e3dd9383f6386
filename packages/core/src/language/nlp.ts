// The one place that loads wink-nlp and its English model. Loading takes ~100 ms, so it happens lazily, once,
// on first use (never at import time) and is shared by every caller in the process, worker or browser tab.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Nlp {
  readonly wink: WinkMethods;
  /** Porter-style stemmer of the English model, applied to single lowercase words. */
  readonly stem: (word: string) => string;
}

let loaded: Nlp | undefined;

/** Returns the shared wink-nlp instance, loading the model on the first call. */
export function getNlp(): Nlp {
  loaded ??= loadNlp();
  return loaded;
}

function loadNlp(): Nlp {
  // Sentence boundaries, negation and part-of-speech tags are all we need: leaving out NER and sentiment
  // halves the time wink takes to read a text.
  const wink = winkNLP(model, ['sbd', 'negation', 'pos']);
  const stemAddon: unknown = model.addons.stem;
  const stem = typeof stemAddon === 'function' ? (stemAddon as (word: string) => string) : (word: string) => word;
  return { wink, stem };
}
