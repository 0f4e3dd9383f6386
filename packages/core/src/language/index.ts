// Public surface of the language layer: a thin wrapper over wink-nlp.
export type { AnalyzedText, Sentence, Token, TokenKind } from './types.ts';
export { analyzeText } from './read-text.ts';
export {
  compilePhrase,
  findPhrase,
  indexText,
  type CompiledPhrase,
  type PhraseHit,
  type TextIndex,
} from './phrase-match.ts';
export { matchKey } from './match-key.ts';
