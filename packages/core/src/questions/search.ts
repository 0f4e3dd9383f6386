// Full-text search over the question bank: BM25F over the lemma keys (and bigrams) of each question's prompt,
// aliases, tags, key-point labels and evidence phrases, each field with its own weight. A user's
// paraphrase ("thread vs process") finds its question because aliases and evidence phrases hold the words
// people really use. Pure: the caller passes the questions in.
import { analyzeText } from '../language/read-text.ts';
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
  search(text: string, options?: SearchOptions): SearchHit[];
  /** The same search for a text already read by `analyzeText` (an answer being analysed). */
  searchAnalyzed(text: AnalyzedText, options?: SearchOptions): SearchHit[];
  get(id: string): Question | undefined;
  has(id: string): boolean;
  /** Inverse document frequency of a term key over the bank (0 for a term no question uses). */
  idf(term: string): number;
}

interface Posting {
  readonly doc: number;
  /** Field-weighted, length-normalised term frequency: BM25F's pseudo-frequency, independent of the query. */
  readonly frequency: number;
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
    const df = postings.get(term)?.length ?? 0;
    if (df === 0) return 0;
    value = Math.log(1 + (questions.length - df + 0.5) / (df + 0.5));
    idfs.set(term, value);
    return value;
  };
  const searchBag = (query: TermBag, options: SearchOptions = {}): SearchHit[] => {
    const accept = toPredicate(options.filter);
    const terms = [...query.counts.keys()].filter((t) => idf(t) > 0);
    const weight = (t: string): number => idf(t) * (t.includes(' ') ? BIGRAM_WEIGHT : 1);
    // A query word that no question uses is the most specific word of all, and no hit matches it.
    const unknownWeight = Math.log(1 + (questions.length + 0.5) / 0.5);
    const words = [...query.counts.keys()].filter((t) => !t.includes(' '));
    const totalWeight = words.reduce((sum, t) => sum + (idf(t) > 0 ? weight(t) : unknownWeight), 0);
    const scores = new Map<number, { score: number; matchedWeight: number; matchedTerms: string[] }>();
    for (const term of terms) {
      for (const posting of postings.get(term) ?? []) {
        let entry = scores.get(posting.doc);
        if (!entry) scores.set(posting.doc, (entry = { score: 0, matchedWeight: 0, matchedTerms: [] }));
        entry.score += (weight(term) * posting.frequency * (K1 + 1)) / (posting.frequency + K1);
        entry.matchedTerms.push(term);
        if (!term.includes(' ')) entry.matchedWeight += weight(term);
      }
    }
    const hits: SearchHit[] = [];
    for (const [doc, entry] of scores) {
      const question = questions[doc];
      if (!question || !accept(question)) continue;
      hits.push({
        id: question.id,
        question,
        score: entry.score,
        coverage: totalWeight > 0 ? entry.matchedWeight / totalWeight : 0,
        matchedTerms: entry.matchedTerms,
      });
    }
    hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return hits.slice(0, options.limit ?? 20);
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
    search: (text, options) => {
      const hits = searchBag(termBag(analyzeText(text)), options);
      return hits.length > 0 ? hits : searchPhrase(text, options);
    },
    searchAnalyzed: (text, options) => searchBag(termBag(text), options),
    get: (id) => byId.get(id),
    has: (id) => docById.has(id),
    idf,
  };
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
function buildPostings(fieldsByDoc: ReadonlyArray<ReadonlyMap<FieldName, TermBag>>): Map<string, Posting[]> {
  const averageLength = averageFieldLengths(fieldsByDoc);
  const postings = new Map<string, Posting[]>();
  fieldsByDoc.forEach((fields, doc) => {
    const frequencies = new Map<string, number>();
    for (const [name, bag] of fields) {
      const norm = 1 - B + (B * bag.length) / (averageLength.get(name) || 1);
      for (const [term, count] of bag.counts)
        frequencies.set(term, (frequencies.get(term) ?? 0) + (FIELD_WEIGHTS[name] * count) / norm);
    }
    for (const [term, frequency] of frequencies) {
      const list = postings.get(term);
      if (list) list.push({ doc, frequency });
      else postings.set(term, [{ doc, frequency }]);
    }
  });
  return postings;
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
