// Finds evidence phrases in an analysed text by lemma. A phrase of one content word ("least connections",
// "write-through") must appear as written, in order; a phrase of several content words ("pass the values
// separately") may appear in any order within a few words of one sentence, and a long one may miss one word.
// A match is negated when a negator of its clause governs it, unless the phrase itself is a negation.
import { limitedByNot, negatorsBefore } from './match-polarity.ts';
import { analyzeText } from './read-text.ts';
import type { AnalyzedText, Token } from './types.ts';
import { words } from './word-lists.ts';

const ARTICLES = new Set(['a', 'an', 'the']);
/** Small words that change a claim's meaning ("always", "only", "every"): strict phrases keep them. */
const QUANTIFIERS = words(
  'alway onli everi all ani everyth same more less most least one first then befor after until',
);

/**
 * Words a strict phrase may leave out: grammar, not claim. Every other word of a signal is part of its claim:
 * "mock the repository everywhere" is not "a mocked repository", "big classes are ok" is not "the big class".
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the be is are was were been being am do does did have has had i we you they he she it me us them my our ' +
    'your their its his her this that these those of to in on at for with by from as and or but so than then ' +
    "there here what which who whom whose 's 're 've 'll 'd 'm can could would should will shall may might must " +
    'um uh like yeah basically actually really'
  ).split(' '),
);

export interface CompiledPhrase {
  readonly text: string;
  /** Keys of the phrase's words in order, negators and articles left out. */
  readonly keys: readonly string[];
  /** Distinct keys of its content (non-stop) words. */
  readonly contentKeys: readonly string[];
  /** The phrase itself says "not", "no", "without"…: it is evidence only in a negated clause. */
  readonly isNegation: boolean;
  /** Keys of the words its negator governs ("cached" in "no-cache means never cached"). */
  readonly negatedKeys: ReadonlySet<string>;
  /**
   * "sequence": the words adjacent and in order; "bag": any order, close together; "ordered": strict phrases
   * (misconception signals), every kept word in order with small gaps, as word order carries their claim.
   */
  readonly mode: 'sequence' | 'bag' | 'ordered';
  /** Lowercase words run together, to meet "backoff" for "back off" and "data loader" for "dataloader". */
  readonly joined: string;
}

export interface PhraseHit {
  readonly phrase: CompiledPhrase;
  readonly sentence: number;
  readonly tokens: readonly number[];
  /** 1 for a full match; less when a long phrase matched all but one word or spread across clauses. */
  readonly strength: number;
  /** The match's polarity is the opposite of the phrase's: "I would not use bind variables". */
  readonly contradicted: boolean;
}

/** An analysed text with lookup tables for phrase matching. Build it once per text. */
export interface TextIndex {
  readonly text: AnalyzedText;
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly byLower: ReadonlyMap<string, readonly number[]>;
  readonly byJoinedPair: ReadonlyMap<string, readonly number[]>;
  /** Technical keys a plain phrasing stands for, placed at the phrasing's first word ("try again" → retry). */
  readonly aliases: readonly KeyAlias[];
}

export interface KeyAlias {
  readonly position: number;
  readonly key: string;
}

/**
 * Compiles a phrase for matching. `strict` keeps the small words too: a misconception such as "threads are
 * always faster" must not fire on "threads are faster", so its "always" has to be there.
 */
export function compilePhrase(text: string, options: { strict?: boolean } = {}): CompiledPhrase {
  const words = analyzeText(text).tokens.filter(isWordLike);
  const kept = words.filter((t) => !t.isNegator && !ARTICLES.has(t.lemma));
  // Grammar only when both the written word and its lemma are: "done" is a verdict, not "do".
  const keep = (t: Token): boolean =>
    !t.isStopWord ||
    (options.strict === true &&
      (QUANTIFIERS.has(t.key) || !FUNCTION_WORDS.has(t.lemma) || !FUNCTION_WORDS.has(t.text.toLowerCase())));
  const contentKeys = [...new Set(kept.filter(keep).map((t) => t.key))];
  return {
    text,
    keys: kept.map((t) => t.key),
    contentKeys,
    isNegation: words.some((t) => t.isNegator),
    negatedKeys: new Set(kept.filter((t) => t.isNegated).map((t) => t.key)),
    mode: options.strict && contentKeys.length >= 2 ? 'ordered' : contentKeys.length >= 2 ? 'bag' : 'sequence',
    joined: kept.map((t) => t.text.toLowerCase()).join(''),
  };
}

export function indexText(text: AnalyzedText): TextIndex {
  const byKey = new Map<string, number[]>();
  const byLower = new Map<string, number[]>();
  const byJoinedPair = new Map<string, number[]>();
  let previous = -1;
  text.tokens.forEach((token, i) => {
    if (!isWordLike(token)) return;
    push(byKey, token.key, i);
    push(byLower, token.text.toLowerCase(), i);
    const before = text.tokens[previous];
    if (before && before.sentence === token.sentence)
      push(byJoinedPair, before.text.toLowerCase() + token.text.toLowerCase(), previous);
    previous = i;
  });
  return { text, byKey, byLower, byJoinedPair, aliases: [] };
}

/** The best match of the phrase in each sentence where it occurs. */
export function findPhrase(phrase: CompiledPhrase, index: TextIndex): PhraseHit[] {
  const candidates =
    phrase.mode === 'bag'
      ? bagMatches(phrase, index)
      : phrase.mode === 'ordered'
        ? orderedMatches(phrase, index)
        : sequenceMatches(phrase, index);
  const bestBySentence = new Map<number, PhraseHit>();
  for (const match of candidates) {
    const known = bestBySentence.get(match.sentence);
    if (!known || rank(match) > rank(known)) bestBySentence.set(match.sentence, match);
  }
  return [...bestBySentence.values()].sort((a, b) => a.sentence - b.sentence);
}

function rank(match: PhraseHit): number {
  return match.strength - (match.contradicted ? 0.5 : 0);
}

function sequenceMatches(phrase: CompiledPhrase, index: TextIndex): PhraseHit[] {
  const tokens = index.text.tokens;
  const matches: PhraseHit[] = [];
  const first = phrase.keys[0];
  if (first === undefined) return matches;
  for (const start of index.byKey.get(first) ?? []) {
    const found = followSequence(phrase.keys, tokens, start);
    if (found) matches.push(makeMatch(phrase, index, found, 1));
  }
  const joinedHits =
    phrase.keys.length === 1
      ? index.byJoinedPair.get(phrase.joined)
      : phrase.keys.length === 2
        ? index.byLower.get(phrase.joined)
        : undefined;
  for (const start of joinedHits ?? []) {
    const span = (phrase.keys.length === 1 ? [start, nextWord(tokens, start)] : [start]).filter((i) => i >= 0);
    matches.push(makeMatch(phrase, index, span, 1));
  }
  return matches;
}

/** Token positions of the phrase's keys in order from `start`, skipping punctuation and articles, or null. */
function followSequence(keys: readonly string[], tokens: readonly Token[], start: number): number[] | null {
  const found = [start];
  let position = start;
  for (const key of keys.slice(1)) {
    position = nextWord(tokens, position);
    while (position >= 0 && ARTICLES.has(tokens[position]?.lemma ?? '')) position = nextWord(tokens, position);
    // "My biggest strength" says "my strength": one adjective may sit inside a phrase.
    const skipped = tokens[position]?.pos === 'ADJ' && tokens[position]?.key !== key ? nextWord(tokens, position) : -1;
    if (skipped >= 0 && tokens[skipped]?.key === key) position = skipped;
    if (position < 0 || tokens[position]?.key !== key) return null;
    found.push(position);
  }
  return found;
}

function nextWord(tokens: readonly Token[], from: number): number {
  const sentence = tokens[from]?.sentence;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.sentence !== sentence) return -1;
    if (isWordLike(token)) return i;
    if (/^[.;!?]$/.test(token.text)) return -1;
  }
  return -1;
}

/** Every content key in the phrase's order, each within a few words of the previous one, in one sentence. */
function orderedMatches(phrase: CompiledPhrase, index: TextIndex): PhraseHit[] {
  const keys = phrase.contentKeys;
  const matches: PhraseHit[] = [];
  for (const start of index.byKey.get(keys[0] ?? '') ?? []) {
    const found = [start];
    for (const key of keys.slice(1)) {
      const previous = found[found.length - 1] ?? start;
      const next = (index.byKey.get(key) ?? []).find(
        (p) =>
          p > previous &&
          wordsBetween(index.text.tokens, previous, p) <= (keys.length <= 2 ? MAX_GAP_OF_TWO : MAX_GAP) &&
          index.text.tokens[p]?.sentence === index.text.tokens[start]?.sentence,
      );
      if (next === undefined) break;
      found.push(next);
    }
    if (found.length === keys.length) matches.push(makeMatch(phrase, index, found, 1));
  }
  return matches;
}

/** Words allowed between two words of an ordered phrase ("acknowledge *the message* first"). */
const MAX_GAP = 3;
/** A two-word claim rests on how its words are tied: "each shard with its own replicas" is no "shards are replicas". */
const MAX_GAP_OF_TWO = 2;

/**
 * Words between two positions of an ordered phrase, or more than the gap allows when a comma, semicolon, colon,
 * dash or bracket lies between: a claim is made within one stretch of words ("one build, many environments" is
 * not "build per environment"). Hyphens inside a word ("read-modify-write") do not count as words.
 */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (/^[,;:()[\]{}—–]$|^-{2,}$/.test(token.text)) return MAX_GAP + 1;
    if (isWordLike(token)) words++;
  }
  return words;
}

function bagMatches(phrase: CompiledPhrase, index: TextIndex): PhraseHit[] {
  const keys = phrase.contentKeys;
  const anchorKey = rarestKey(keys, index);
  const window = Math.max(6, 3 * keys.length);
  const matches: PhraseHit[] = [];
  for (const anchor of index.byKey.get(anchorKey) ?? []) {
    const sentence = index.text.tokens[anchor]?.sentence;
    const found = [anchor];
    for (const key of keys) {
      if (key === anchorKey) continue;
      const near = nearest(
        index.byKey.get(key) ?? [],
        anchor,
        window,
        (i) => index.text.tokens[i]?.sentence === sentence,
      );
      if (near >= 0) found.push(near);
    }
    const missing = keys.length - found.length;
    if (missing === 0) matches.push(makeMatch(phrase, index, found, 1));
    else if (missing === 1 && keys.length >= 3)
      matches.push(makeMatch(phrase, index, found, 0.7 * (found.length / keys.length)));
  }
  return matches;
}

function rarestKey(keys: readonly string[], index: TextIndex): string {
  let best = keys[0] ?? '';
  for (const key of keys) if ((index.byKey.get(key)?.length ?? 0) < (index.byKey.get(best)?.length ?? 0)) best = key;
  return best;
}

function nearest(positions: readonly number[], anchor: number, window: number, accept: (i: number) => boolean): number {
  let best = -1;
  for (const p of positions) {
    if (Math.abs(p - anchor) > window || !accept(p)) continue;
    if (best < 0 || Math.abs(p - anchor) < Math.abs(best - anchor)) best = p;
  }
  return best;
}

function makeMatch(phrase: CompiledPhrase, index: TextIndex, positions: number[], strength: number): PhraseHit {
  const tokens = positions.map((i) => index.text.tokens[i]).filter((t): t is Token => t !== undefined);
  const clauses = new Set(tokens.map((t) => t.clause));
  const sorted = positions.sort((a, b) => a - b);
  // A negative phrase holds where the words it negates are negated: "no-cache doesn't mean don't store" negates
  // "mean", not "cache", so it is not "no-cache means never cached".
  const governed = phrase.isNegation && phrase.negatedKeys.size > 0;
  const negated = tokens.some((t) => t.isNegated && (!governed || phrase.negatedKeys.has(t.key)));
  return {
    phrase,
    sentence: tokens[0]?.sentence ?? 0,
    tokens: sorted,
    strength: clauses.size > 2 ? strength * 0.85 : strength,
    contradicted:
      negated !== phrase.isNegation ||
      (phrase.isNegation && negatorsBefore(index.text.tokens, sorted) >= 2) ||
      limitedByNot(index.text.tokens, sorted),
  };
}

export function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
