// Reads a text once with wink and returns plain data: sentences, tokens with lemmas, match keys, stop words,
// clauses and negation. Everything downstream works on this structure.
import type { ItemSentence, PartOfSpeech } from 'wink-nlp';
import { getNlp } from './nlp.ts';
import { matchKey, NAMES_ENDING_IN_S } from './match-key.ts';
import { isClauseBreak, markClausesAndNegation, type ClauseToken } from './negation.ts';
import type { AnalyzedText, Sentence, Token, TokenKind } from './types.ts';
import { words } from './word-lists.ts';

/** Extra stop words of spoken answers, on top of the model's list. */
const SPOKEN_STOP_WORDS = words(
  'um uh erm hmm yeah okay ok basically actually really like know mean thing things stuff kind sort lot',
  "lots pretty quite bit 's 're 've 'll 'd 'm i'm",
);

/** Words on the model's general stop list that carry meaning in backend interviews ("on call", "server side"). */
const DOMAIN_WORDS = words(
  'call serious bottom top front back side show move part full amount empty whole name put fire detail',
  'system find fill bill interest thick thin',
);

/**
 * The tokenizer's and the stemmer's work grow with the square of a token's length, so one 20,000-letter "word"
 * would hold the thread for seconds. No word, URL or identifier an answer needs is longer than this; the rest of
 * such a run is dropped before reading.
 */
const MAX_TOKEN_CHARS = 64;
const OVERLONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/**
 * A line break inside a sentence (text wrapped by hand, or a model answer's YAML lines) is a space: wink keeps it
 * as a token, which would sit between "common" and "mistake" and hide that they are neighbours.
 */
const LINE_WRAPPED_MID_SENTENCE = /(?<=[\w,;:'")])[ \t]*\r?\n[ \t]*(?=[a-z(])/g;

/**
 * A dot between two letters ("robots.txt", "Node.js", "req.user") ends no sentence, but wink's sentence splitter
 * reads it as a full stop, and its tokenizer would learn "user's" whole from "req.user's". Such dots are read as a
 * dot leader, which wink keeps as a token of its own, and shown as dots again in the sentence texts.
 */
const DOT_INSIDE_WORD = /(?<=[A-Za-z])\.(?=[A-Za-z])/g;
const DOT_LEADER = '\u2024';

/**
 * wink splits "user's" into "user" and "'s", except right before punctuation ("the user's,"), where it takes
 * "user's" as a new word and remembers it: from then on every "user's" in any text is one proper noun, so the
 * same answer would read differently depending on what was read before it. A space keeps the punctuation apart;
 * the sentence texts drop it again.
 */
const POSSESSIVE_BEFORE_PUNCTUATION = /(?<=\w['\u2019]s)(?=[,.;:!?)\]])/gi;
const SPACED_POSSESSIVE_PUNCTUATION = /(?<=['\u2019]s) (?=[,.;:!?)\]])/gi;

/**
 * Typed transcripts and quick typing drop the apostrophe of a negation ("you shouldnt make the check hit the
 * database"): wink reads "shouldnt" as an unknown word, so the clause would read as asserting what it denies.
 */
const NEGATION_WITHOUT_APOSTROPHE =
  /\b(do|does|did|is|are|was|were|has|have|had|should|could|would|must|need|ca|wo)nt\b/gi;

export function analyzeText(raw: string): AnalyzedText {
  const text = raw
    .replace(OVERLONG_TOKEN, (run) => run.slice(0, MAX_TOKEN_CHARS))
    .replace(NEGATION_WITHOUT_APOSTROPHE, "$1n't")
    .replace(LINE_WRAPPED_MID_SENTENCE, ' ')
    .replace(DOT_INSIDE_WORD, DOT_LEADER)
    .replace(POSSESSIVE_BEFORE_PUNCTUATION, ' ');
  const { wink } = getNlp();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const all = doc.tokens();
  // wink picks what `out` returns by the identity of these plain functions, so they are passed unbound; the
  // typings of `its.lemma` disagree with `out`'s signature, though the call is the documented one.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = all.out<string>(its.value);
  const lemmas = all.out<string>(its.lemma as unknown as typeof its.value);
  const posTags = all.out<PartOfSpeech>(its.pos) as PartOfSpeech[];
  const types = all.out<string>(its.type);
  const stops = all.out<boolean>(its.stopWordFlag) as boolean[];
  const spaces = all.out<string>(its.precedingSpaces);
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let clause = 0;
  doc.sentences().each((item: ItemSentence) => {
    const sentenceTokens = item.tokens();
    // wink reports one empty sentence for an empty or whitespace-only text.
    if (sentenceTokens.length() === 0) return;
    const first = sentenceTokens.itemAt(0).index();
    const end = first + sentenceTokens.length();
    const raw: ClauseToken[] = [];
    for (let i = first; i < end; i++)
      raw.push({ text: values[i] ?? '', lower: (values[i] ?? '').toLowerCase(), pos: posTags[i] ?? 'X' });
    // A transcript's "sentence" without a single mark runs on: negation needs clause breaks of its own there.
    const runOn =
      !raw.some((t) => /^[,;:.!?]$/.test(t.text)) && raw.filter((t) => /\w/.test(t.text)).length > RUN_ON_WORDS;
    const marks = markClausesAndNegation(raw, clause, runOn);
    clause = marks.nextClause;
    for (const [from, to] of spokenSentenceSpans(raw)) {
      const index = sentences.length;
      for (let j = from; j < to; j++) {
        const i = first + j;
        const token = raw[j] as ClauseToken;
        const kind = tokenKind(types[i] ?? '', token.text);
        const lemma = NAMES_ENDING_IN_S.has(token.lower)
          ? token.lower
          : (acronymSingular(token.text) ?? (lemmas[i] ?? token.lower).toLowerCase());
        tokens.push({
          text: token.text,
          lemma,
          key: kind === 'word' ? matchKey(lemma) : token.lower,
          pos: token.pos,
          kind,
          isStopWord: (Boolean(stops[i]) && !DOMAIN_WORDS.has(token.lower)) || SPOKEN_STOP_WORDS.has(token.lower),
          isNegator: marks.negator[j] ?? false,
          isNegated: marks.negated[j] ?? false,
          isRejected: marks.rejected[j] ?? false,
          clause: marks.clause[j] ?? clause,
          sentence: index,
        });
      }
      const sentenceText = values
        .slice(first + from, first + to)
        .map((value, k) => (k === 0 ? '' : (spaces[first + from + k] ?? ' ')) + value)
        .join('')
        .replaceAll(DOT_LEADER, '.')
        .replace(SPACED_POSSESSIVE_PUNCTUATION, '');
      sentences.push({ index, text: sentenceText, firstToken: first + from, endToken: first + to });
    }
  });
  const wordCount = tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
  return { text, tokens, sentences, wordCount };
}

/** Past this many words without a full stop, a "sentence" is a transcript without punctuation. */
const RUN_ON_WORDS = 40;
const MIN_SPOKEN_SENTENCE = 12;
const MAX_SPOKEN_SENTENCE = 30;

/**
 * Speech recognisers write no punctuation, so a spoken answer arrives as one endless sentence. Such a run-on is
 * cut where a new clause starts ("so", "but", "because", "and I…") once a dozen words have gone by, and at the
 * latest every thirty words, so that evidence is quoted and weighed sentence by sentence as for typed answers.
 * Returns [from, to) spans of token positions; a normal sentence is one span.
 */
function spokenSentenceSpans(raw: readonly ClauseToken[]): Array<[number, number]> {
  const wordsIn = raw.filter((t) => /\w/.test(t.text)).length;
  if (wordsIn <= RUN_ON_WORDS) return [[0, raw.length]];
  const spans: Array<[number, number]> = [];
  let start = 0;
  let words = 0;
  raw.forEach((token, j) => {
    if (!/\w/.test(token.text)) return;
    const opensClause = isClauseBreak(token, raw[j + 1]);
    if (j > start && ((opensClause && words >= MIN_SPOKEN_SENTENCE) || words >= MAX_SPOKEN_SENTENCE)) {
      spans.push([start, j]);
      start = j;
      words = 0;
    }
    words++;
  });
  spans.push([start, raw.length]);
  return spans;
}

function tokenKind(type: string, text: string): TokenKind {
  if (type === 'word' || type === 'email' || type === 'hashtag' || type === 'mention' || type === 'url')
    return /\w/.test(text) ? 'word' : 'symbol';
  if (type === 'number' || type === 'ordinal') return 'number';
  if (type === 'punctuation') return 'punctuation';
  if (type === 'symbol' || type === 'currency') return 'symbol';
  return /\w/.test(text) ? 'word' : 'other';
}

/** "JWTs", "APIs", "ORMs": the stemmer keeps the s of a word without vowels, so plural acronyms are cut here. */
function acronymSingular(text: string): string | undefined {
  if (/^[A-Z]{2,}s$/.test(text)) return text.slice(0, -1).toLowerCase();
  // Transcripts are lower case, and "dns" or "cqrs" end in an s of their own, so only known plurals are cut.
  return LOWER_CASE_PLURAL_ACRONYMS.has(text) ? text.slice(0, -1) : undefined;
}

const LOWER_CASE_PLURAL_ACRONYMS = words(
  'jwts prs vms urls slos slis cves spas apis sdks orms ttls acls ctes pks fks uuids',
);
