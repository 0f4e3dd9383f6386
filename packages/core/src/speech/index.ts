// The spoken path's pure core: transcripts, word error rate, delivery, language models and pronunciations.
export * from './transcript.ts';
export * from './number-words.ts';
export * from './spoken-text.ts';
export * from './word-error-rate.ts';
export * from './fillers.ts';
export * from './hedges.ts';
export * from './delivery-metrics.ts';
export * from './delivery-score.ts';
export * from './key-term-repair.ts';
export * from './language-model/arpa.ts';
export * from './language-model/ngram-query.ts';
export * from './language-model/witten-bell.ts';
export * from './language-model/domain-corpus.ts';
export * from './language-model/question-model.ts';
export * from './pronunciation/technical-terms.ts';
export * from './pronunciation/derive.ts';
export * from './pronunciation/dictionary.ts';
