// Clause boundaries and negation scope. A negator ("not", "n't", "never", "no", "without", "hardly", …) governs
// the words after it up to the end of its clause: in "I would not use bind variables, I'd concatenate", bind
// variables are negated and concatenation is not. "Not only" and "not just" do not negate.
import type { PartOfSpeech } from 'wink-nlp';
import { words } from './word-lists.ts';

const NEGATORS = words("not n't never no without nor neither cannot hardly barely nobody nothing none nowhere");
/** Pairs that look negative but are not: "not only", "not just", "no matter", "no doubt". */
const NOT_NEGATIONS = new Set(['not only', 'not just', 'not merely', "n't only", "n't just", 'no matter', 'no doubt']);

/** Words that start a new clause: the negation of one clause says nothing about the next. */
const CLAUSE_OPENERS = words(
  'but because so while whereas although though which unless however otherwise instead since then and',
  'or whether until where when if',
);
const OPENER_TAGS = new Set<PartOfSpeech>(['CCONJ', 'SCONJ', 'ADV', 'PRON', 'DET', 'ADP']);
const CLAUSE_PUNCTUATION = /^(?:[,;:.!?()[\]{}"“”—–]|\.\.\.|-{2,})$/;

export interface ClauseToken {
  readonly text: string;
  readonly lower: string;
  readonly pos: PartOfSpeech;
}

export function isNegatorWord(lower: string): boolean {
  return NEGATORS.has(lower);
}

/**
 * Whether this token opens a new clause (punctuation itself belongs to neither side). "And" and "or" only do
 * when a new subject or verb follows ("…and I'd add a TTL"); between two nouns they keep the clause, so in
 * "not use bind variables or placeholders" both are negated.
 */
export function isClauseBreak(token: ClauseToken, next?: ClauseToken): boolean {
  if (CLAUSE_PUNCTUATION.test(token.text)) return true;
  if (!CLAUSE_OPENERS.has(token.lower) || !OPENER_TAGS.has(token.pos)) return false;
  if (token.lower !== 'and' && token.lower !== 'or') return true;
  return (
    next !== undefined &&
    (next.pos === 'PRON' || next.pos === 'VERB' || next.pos === 'AUX' || CLAUSE_OPENERS.has(next.lower))
  );
}

export interface ClauseMarks {
  readonly clause: number[];
  readonly negated: boolean[];
  readonly negator: boolean[];
  /** Negated by a rejection ("I don't think you need…", "we never use…", "X isn't needed"), not a goal. */
  readonly rejected: boolean[];
  readonly nextClause: number;
}

/** After a negator, these turn the clause into a rejection of what follows rather than a goal ("doesn't break"). */
const REJECTING_WORDS = words(
  'need needed use using think bother require required care worry necessary believe recommend want like',
);

/** After "is not" / "doesn't": words that dismiss the clause's subject ("tracing isn't really needed"). */
const DISMISSALS = words(
  'something needed need necessary required important concern issue problem worth matter relevant',
  'useful',
);
/** Verbs that, right before "no", reject the object: "need no", "requires no", "takes no". */
const NEEDING_VERBS = words('need needs require requires take takes want wants');
const SOFTENERS = words('really actually even that a an very usually always so much of');

/** Numbers the clauses of one sentence from `firstClause` and marks the tokens each clause's negator governs. */
export function markClausesAndNegation(
  tokens: readonly ClauseToken[],
  firstClause: number,
  runOn = false,
): ClauseMarks {
  const marks = {
    clause: [] as number[],
    negated: [] as boolean[],
    negator: [] as boolean[],
    rejected: [] as boolean[],
  };
  let current = firstClause;
  let negatorSeen = false;
  let clauseHasWords = false;
  tokens.forEach((token, i) => {
    const opensClause =
      isClauseBreak(token, tokens[i + 1]) || (runOn && opensSpokenClause(tokens[i - 1], token, tokens[i + 1]));
    if (opensClause && clauseHasWords) {
      current++;
      negatorSeen = false;
      clauseHasWords = false;
    }
    const isNegator =
      isNegatorWord(token.lower) &&
      !NOT_NEGATIONS.has(`${token.lower} ${tokens[i + 1]?.lower ?? ''}`) &&
      !isPartOfName(tokens, i);
    marks.clause.push(current);
    marks.negator.push(isNegator);
    marks.negated.push(!isNegator && negatorSeen && /\w/.test(token.text));
    if (isNegator) negatorSeen = true;
    if (/\w/.test(token.text) && !opensClause) clauseHasWords = true;
  });
  markRejections(tokens, marks);
  return { ...marks, nextClause: current + 1 };
}

/** Subjects that open a new statement in speech: "…in a loop you'd want to batch it". */
const SUBJECT_PRONOUNS = words('i you we they he she');
/** Verbs whose object is a statement: after them a subject continues the clause ("I don't think you need it"). */
const STATEMENT_VERBS = words('think thinks believe guess say says mean feel suppose sure know knows reckon said');

/**
 * In a transcript without punctuation one "sentence" runs on for forty words, and a negator would govern all of
 * it: a subject pronoun followed by a verb starts a new statement there, unless a verb of thinking or saying
 * introduces it.
 */
function opensSpokenClause(
  previous: ClauseToken | undefined,
  token: ClauseToken,
  next: ClauseToken | undefined,
): boolean {
  if (!SUBJECT_PRONOUNS.has(token.lower) || next === undefined) return false;
  if (previous === undefined || STATEMENT_VERBS.has(previous.lower) || SUBJECT_PRONOUNS.has(previous.lower))
    return false;
  return next.pos === 'VERB' || next.pos === 'AUX' || /^'/.test(next.text);
}

/**
 * "Tracing isn't really something we care about", "retry budgets aren't needed": the negation
 * dismisses the subject before it, so the subject's words count as negated too.
 */
function markRejections(
  tokens: readonly ClauseToken[],
  marks: { clause: number[]; negated: boolean[]; negator: boolean[]; rejected: boolean[] },
): void {
  for (let i = 0; i < tokens.length; i++) marks.rejected.push(false);
  tokens.forEach((_token, i) => {
    if (!marks.negator[i]) return;
    const clause = marks.clause[i];
    const next = tokens[skipSofteners(tokens, i + 1)]?.lower ?? '';
    if (isAuxiliary(tokens[i - 1]) && DISMISSALS.has(next)) {
      let words = 0;
      for (let j = i - 2; j >= 0 && marks.clause[j] === clause && words < MAX_DISMISSED_SUBJECT_WORDS; j--)
        if (/\w/.test(tokens[j]?.text ?? '')) {
          marks.negated[j] = marks.rejected[j] = true;
          words++;
        }
    }
    // "Consumers need no dedupe", "it requires no lock": the verb before the negator rejects what follows.
    const before = tokens[i - 1]?.lower ?? '';
    if (REJECTING_WORDS.has(next) || DISMISSALS.has(next) || NEEDING_VERBS.has(before)) {
      for (let j = i + 1; j < tokens.length && marks.clause[j] === clause; j++)
        marks.rejected[j] = marks.negated[j] ?? false;
    }
  });
}

/**
 * How far back a dismissal reaches: its subject ("the retry budget for payments isn't needed"), not the whole
 * clause, which in a transcript without punctuation can run for forty words before "…that doesn't matter much".
 */
const MAX_DISMISSED_SUBJECT_WORDS = 6;

function skipSofteners(tokens: readonly ClauseToken[], from: number): number {
  let next = from;
  while (SOFTENERS.has(tokens[next]?.lower ?? '')) next++;
  return next;
}

function isAuxiliary(token: ClauseToken | undefined): boolean {
  return (
    token !== undefined &&
    (token.pos === 'AUX' ||
      token.lower === 'is' ||
      token.lower === 'are' ||
      token.lower === 'does' ||
      token.lower === 'do')
  );
}

/** "no-cache", "no-store", "If-None-Match", "SameSite=None": a negator joined to a name is part of the name. */
function isPartOfName(tokens: readonly ClauseToken[], i: number): boolean {
  const joiner = /^[-=]$/;
  return joiner.test(tokens[i + 1]?.text ?? '') || joiner.test(tokens[i - 1]?.text ?? '');
}
