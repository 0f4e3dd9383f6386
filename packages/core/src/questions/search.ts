// Full-text search over the question bank: BM25F over the lemma keys (and bigrams) of each question's prompt,
// aliases, tags, key-point labels and evidence phrases, each field with its own weight. A user's
// paraphrase ("thread vs process") finds its question because aliases and evidence phrases hold the words
// people really use. Pure: the caller passes the questions in.
import { analyzeText } from '../language/read-text.ts';
import { matchKey } from '../language/match-key.ts';
import { termBag, type TermBag } from '../language/terms.ts';
import type { AnalyzedText } from '../language/types.ts';
import type { Category, Level, Question, Round } from './question.schema.ts';
import { FIELD_WEIGHTS, questionFields, type FieldName } from './search-fields.ts';

export interface SearchFilter {
  readonly category?: Category;
  readonly level?: Level;
  readonly round?: Round;
  /** Only these question ids. */
  readonly ids?: readonly string[];
  /** Leave these question ids out. */
  readonly excludeIds?: readonly string[];
}

export interface SearchOptions {
  /** Most hits to return (default 20). */
  readonly limit?: number;
  readonly filter?: SearchFilter | ((question: Question) => boolean);
}

export interface SearchHit {
  readonly id: string;
  readonly question: Question;
  /** BM25F relevance; comparable between hits of one search only. */
  readonly score: number;
  /** Share (0–1) of the query's term weight that this question matched. */
  readonly coverage: number;
  /** The query's content terms this question matched (keys, bigrams joined by a space). */
  readonly matchedTerms: readonly string[];
}

export interface QuestionIndex {
  readonly size: number;
  /** The questions indexed, in the order given. */
  readonly questions: readonly Question[];
  search(text: string, options?: SearchOptions): SearchHit[];
  /** The same search for a text already read by `analyzeText` (an answer being analysed). */
  searchAnalyzed(text: AnalyzedText, options?: SearchOptions): SearchHit[];
  get(id: string): Question | undefined;
  has(id: string): boolean;
  /** Inverse document frequency of a term key over the bank (0 for a term no question uses). */
  idf(term: string): number;
}

/**
 * A term's postings as parallel arrays in ascending document order: each question that uses the term, with its
 * field-weighted, length-normalised term frequency (BM25F's pseudo-frequency, independent of the query). An
 * answer being analysed is searched against the whole bank twice, so the scoring loop allocates nothing.
 */
interface Postings {
  readonly docs: Int32Array;
  readonly frequencies: Float64Array;
}

const K1 = 2;
const B = 0.5;
/** Bigram matches count this much of a unigram's weight on top of their own words. */
const BIGRAM_WEIGHT = 0.6;

export function createQuestionIndex(questions: readonly Question[]): QuestionIndex {
  const fieldsByDoc = questions.map(readFields);
  const postings = buildPostings(fieldsByDoc);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const docById = new Map(questions.map((q, i) => [q.id, i]));
  /** Per term of the index only (a term no question uses is 0), so it never grows past the vocabulary. */
  const idfs = new Map<string, number>();
  const idf = (term: string): number => {
    let value = idfs.get(term);
    if (value !== undefined) return value;
    const df = postings.get(term)?.docs.length ?? 0;
    if (df === 0) return 0;
    value = Math.log(1 + (questions.length - df + 0.5) / (df + 0.5));
    idfs.set(term, value);
    return value;
  };
  const weight = (t: string): number => idf(t) * (t.includes(' ') ? BIGRAM_WEIGHT : 1);
  /** BM25F scores of the questions that use any of the terms (only those of `only`, when given). */
  const score = (terms: readonly string[], only: readonly number[] | undefined) => {
    const scored = new Uint8Array(questions.length);
    const scores = new Float64Array(questions.length);
    const matchedWeights = new Float64Array(questions.length);
    const add = (doc: number, frequency: number, w: number, unigram: boolean) => {
      scored[doc] = 1;
      scores[doc]! += (w * frequency * (K1 + 1)) / (frequency + K1);
      if (unigram) matchedWeights[doc]! += w;
    };
    for (const term of terms) {
      const w = weight(term);
      const unigram = !term.includes(' ');
      const { docs, frequencies } = postings.get(term)!;
      if (only) {
        for (const doc of only) {
          const k = positionOf(docs, doc);
          if (k >= 0) add(doc, frequencies[k]!, w, unigram);
        }
      } else {
        for (let k = 0; k < docs.length; k++) add(docs[k]!, frequencies[k]!, w, unigram);
      }
    }
    return { scored, scores, matchedWeights };
  };
  const searchBag = (query: TermBag, options: SearchOptions = {}): SearchHit[] => {
    const terms = [...query.counts.keys()].filter((t) => idf(t) > 0);
    // A query word that no question uses is the most specific word of all, and no hit matches it.
    const unknownWeight = Math.log(1 + (questions.length + 0.5) / 0.5);
    const words = [...query.counts.keys()].filter((t) => !t.includes(' '));
    const totalWeight = words.reduce((sum, t) => sum + (idf(t) > 0 ? weight(t) : unknownWeight), 0);
    const { scored, scores, matchedWeights } = score(terms, onlyDocs(options.filter));
    const accept = toPredicate(options.filter);
    const before = (a: number, b: number) =>
      scores[b]! - scores[a]! || questions[a]!.id.localeCompare(questions[b]!.id);
    const best = topOf(options.limit ?? 20, before);
    for (let doc = 0; doc < questions.length; doc++) if (scored[doc] && accept(questions[doc]!)) best.offer(doc);
    // The matched terms of the hits returned only: most scored questions are not.
    return best.ranked().map((doc) => ({
      id: questions[doc]!.id,
      question: questions[doc]!,
      score: scores[doc]!,
      coverage: totalWeight > 0 ? matchedWeights[doc]! / totalWeight : 0,
      matchedTerms: terms.filter((term) => positionOf(postings.get(term)!.docs, doc) >= 0),
    }));
  };
  /** The documents a filter of ids allows, so that no other is scored at all (the own question's rank). */
  const onlyDocs = (filter: SearchOptions['filter']): number[] | undefined => {
    if (!filter || typeof filter === 'function' || !filter.ids) return undefined;
    return [...new Set(filter.ids.flatMap((id) => docById.get(id) ?? []))];
  };
  const phrases = questions.map((q) => [q.prompt, ...q.aliases].map(plainPhrase));
  /** A query of stop words only ("tell me about yourself") has no terms to rank by; its words as a phrase may match. */
  const searchPhrase = (text: string, options: SearchOptions = {}): SearchHit[] => {
    const phrase = plainPhrase(text);
    if (phrase.split(' ').length < 2) return [];
    const accept = toPredicate(options.filter);
    return questions
      .filter(
        (question, doc) => accept(question) && phrases[doc]!.some((p) => p.includes(phrase) || phrase.includes(p)),
      )
      .slice(0, options.limit ?? 20)
      .map((question) => ({ id: question.id, question, score: 1, coverage: 1, matchedTerms: [] }));
  };
  return {
    size: questions.length,
    questions,
    search: (text, options) => {
      const hits = searchBag(termBag(analyzeText(splitIdentifiers(text, (word) => idf(matchKey(word)) > 0))), options);
      return hits.length > 0 ? hits : searchPhrase(text, options);
    },
    searchAnalyzed: (text, options) => searchBag(termBagOf(text), options),
    get: (id) => byId.get(id),
    has: (id) => docById.has(id),
    idf,
  };
}

/** An answer's terms, read once for the searches its analysis makes (texts are never mutated). */
const bagsRead = new WeakMap<AnalyzedText, TermBag>();

function termBagOf(text: AnalyzedText): TermBag {
  let bag = bagsRead.get(text);
  if (!bag) bagsRead.set(text, (bag = termBag(text)));
  return bag;
}

function plainPhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Each question's fields as read, kept while the question object lives: reading is nearly all of an index's
 * cost, and a server rebuilding its index after one question changed passes the same objects for the others.
 * Questions are never mutated, so what was read stays true.
 */
const fieldsRead = new WeakMap<Question, Map<FieldName, TermBag>>();

function readFields(question: Question): Map<FieldName, TermBag> {
  const known = fieldsRead.get(question);
  if (known) return known;
  const fields = new Map<FieldName, TermBag>();
  for (const [name, texts] of questionFields(question)) fields.set(name, termBag(analyzeText(joinAsSentences(texts))));
  fieldsRead.set(question, fields);
  return fields;
}

/** One wink read per field: the texts become sentences, so no bigram spans two of them. */
function joinAsSentences(texts: readonly string[]): string {
  return texts.map((t) => t.trim().replace(/[.?!]+$/, '')).join('.\n');
}

/** For each term, the questions that use it with their BM25F pseudo-frequency (field weights, length norms). */
function buildPostings(fieldsByDoc: ReadonlyArray<ReadonlyMap<FieldName, TermBag>>): Map<string, Postings> {
  const averageLength = averageFieldLengths(fieldsByDoc);
  const lists = new Map<string, { docs: number[]; frequencies: number[] }>();
  fieldsByDoc.forEach((fields, doc) => {
    const frequencies = new Map<string, number>();
    for (const [name, bag] of fields) {
      const norm = 1 - B + (B * bag.length) / (averageLength.get(name) || 1);
      for (const [term, count] of bag.counts)
        frequencies.set(term, (frequencies.get(term) ?? 0) + (FIELD_WEIGHTS[name] * count) / norm);
    }
    for (const [term, frequency] of frequencies) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { docs: [], frequencies: [] }));
      list.docs.push(doc);
      list.frequencies.push(frequency);
    }
  });
  return new Map(
    [...lists].map(([term, list]) => [
      term,
      { docs: Int32Array.from(list.docs), frequencies: Float64Array.from(list.frequencies) },
    ]),
  );
}

/**
 * The first `limit` items in the order `before` gives. The analysis asks for the best one or two questions of the
 * bank, which a few comparisons per question find without sorting them all.
 */
function topOf(limit: number, before: (a: number, b: number) => number) {
  const kept: number[] = [];
  const few = limit <= 8;
  return {
    offer(item: number) {
      if (!few) return void kept.push(item);
      if (kept.length >= limit && before(item, kept[kept.length - 1]!) >= 0) return;
      let at = kept.length;
      while (at > 0 && before(item, kept[at - 1]!) < 0) at--;
      kept.splice(at, 0, item);
      if (kept.length > limit) kept.pop();
    },
    ranked: (): readonly number[] => (few ? kept : kept.sort(before).slice(0, limit)),
  };
}

/** Where a term's postings (ascending) hold the document, or -1: a binary search. */
function positionOf(docs: Int32Array, doc: number): number {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = docs[middle]!;
    if (at === doc) return middle;
    if (at < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function averageFieldLengths(fieldsByDoc: ReadonlyArray<ReadonlyMap<FieldName, TermBag>>): Map<FieldName, number> {
  const totals = new Map<FieldName, number>();
  for (const fields of fieldsByDoc)
    for (const [name, bag] of fields) totals.set(name, (totals.get(name) ?? 0) + bag.length);
  return new Map([...totals].map(([name, total]) => [name, total / Math.max(1, fieldsByDoc.length)]));
}

function toPredicate(filter: SearchOptions['filter']): (question: Question) => boolean {
  if (!filter) return () => true;
  if (typeof filter === 'function') return filter;
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  const excluded = new Set(filter.excludeIds ?? []);
  return (q) =>
    (!filter.category || q.category === filter.category) &&
    (!filter.level || q.level === filter.level) &&
    (!filter.round || q.round === filter.round) &&
    (!ids || ids.has(q.id)) &&
    !excluded.has(q.id);
}

/**
 * A class or method name in a question ("SmsDailyDigestNotification", "getUserById") that no question uses is
 * read as its words: whole, it would match nothing and, as the rarest word of the query, make the best question
 * look like a poor fit. Names the bank knows ("JavaScript", "GraphQL") stay whole.
 */
export function splitIdentifiers(text: string, isKnown: (word: string) => boolean): string {
  return text.replace(CAMEL_CASE_WORD, (word) =>
    isKnown(word.toLowerCase()) ? word : word.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' '),
  );
}

/** A word with a capital after its first letter and at least one lower-case letter. */
const CAMEL_CASE_WORD = /\b[A-Za-z][a-z0-9]*(?:[A-Z]+[a-z0-9]*)+\b/g;
