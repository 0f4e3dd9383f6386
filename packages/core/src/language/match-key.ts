// Turns a lowercase lemma into the key that phrase matching and search compare. Two spellings of the same word
// ("parameterised", "parameterized") and two forms of it ("idempotency", "idempotent") should meet on one key.
import { getNlp } from './nlp.ts';
import { words } from './word-lists.ts';

/** Lemmas that wink maps to an unusual form, and common British spellings. */
const RESPELLINGS: Record<string, string> = {
  thru: 'through',
  defence: 'defense',
  licence: 'license',
  catalogue: 'catalog',
  grey: 'gray',
  versus: 'vs',
  each: 'every',
  single: 'one',
  // Everyday abbreviations meet the words they stand for.
  intro: 'introduction',
  k8s: 'kubernetes',
  db: 'database',
  dbs: 'database',
  repo: 'repository',
  repos: 'repository',
  config: 'configuration',
  env: 'environment',
  prod: 'production',
  perf: 'performance',
  docs: 'documentation',
  async: 'asynchronous',
  msg: 'message',
  dev: 'development',
  'vs.': 'vs',
};

const BRITISH_ISE = /^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$/;
const BRITISH_OUR = /^(\w{2,}[bilv])our(s|ed|ing|al|ite|ites)?$/;
const EXCEPTIONS_ISE = words(
  'promise premise precise exercise expertise otherwise concise noise raise raised praise surprise',
  'enterprise advertise franchise compromise revise devise supervise wise likewise paradise cruise',
  'disguise televise merchandise chastise despise improvise demise excise incise poise rise arise',
  'surmise',
);

const cache = new Map<string, string>();

/** The comparison key of a word: spelling normalised to US English, then stemmed. */
export function matchKey(lemma: string): string {
  const known = cache.get(lemma);
  if (known !== undefined) return known;
  const key = computeKey(lemma);
  if (cache.size < 50_000) cache.set(lemma, key);
  return key;
}

/**
 * No English word is longer; the stemmer's work grows with the square of a word's length, so a hostile answer of
 * one 20,000-letter "word" would hold the thread for seconds. Longer tokens are compared as written.
 */
const MAX_STEMMED_LENGTH = 48;

/** Names whose final s is their own: never stemmed, so "https" stays apart from "http" and "dns" stays "dns". */
export const NAMES_ENDING_IN_S = words(
  'https dns cqrs sqs sns sms aws gcs ios redis kubernetes jenkins postgres cors nats s3 ses kms iops qps rps tps',
);

function computeKey(lemma: string): string {
  if (lemma.length > MAX_STEMMED_LENGTH) return lemma.toLowerCase();
  if (NAMES_ENDING_IN_S.has(lemma.toLowerCase())) return lemma.toLowerCase();
  const word = americanSpelling(withoutVersion(lemma.toLowerCase()));
  if (!/^[a-z][a-z']*$/.test(word)) return word;
  const stem = getNlp().stem(word);
  // The stemmer keeps the t of "-uction" but not of "-uce": "introduction" and "introduce" should meet.
  return word.endsWith('uction') && stem.endsWith('uct') ? stem.slice(0, -1) : stem;
}

/** "OAuth2", "HTTP2", "Python3" meet "OAuth", "HTTP" and "Python"; short codes ("S3", "MD5", "SHA256") stay. */
function withoutVersion(word: string): string {
  const versioned = /^([a-z]{4,})\d{1,2}$/.exec(word);
  return versioned?.[1] ?? word;
}

function americanSpelling(word: string): string {
  // Own keys only: "constructor" or "toString" must not find Object.prototype's members.
  const respelled = Object.hasOwn(RESPELLINGS, word) ? RESPELLINGS[word] : undefined;
  if (respelled) return respelled;
  if (!EXCEPTIONS_ISE.has(word) && !EXCEPTIONS_ISE.has(word.replace(/(d|s|ing)$/, ''))) {
    const ise = BRITISH_ISE.exec(word);
    if (ise) return `${ise[1]}iz${ise[2]}`;
  }
  const our = BRITISH_OUR.exec(word);
  if (our) return `${our[1]}or${our[2] ?? ''}`;
  return word;
}
