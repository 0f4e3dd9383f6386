/** One n-gram's log10 probability and, below the highest order, its log10 backoff weight. */
export interface NgramEntry {
  logProb: number;
  backoff?: number;
}

/**
 * A backoff n-gram model: `orders[0]` holds unigrams keyed by word, `orders[1]` bigrams keyed "w1 w2", and so on.
 * Every n-gram's prefix and suffix are present one order down, as the ARPA format requires.
 */
export interface NgramModel {
  orders: Map<string, NgramEntry>[];
}

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';
/** ARPA's stand-in for log10(0), used for <s>, which is never predicted. */
export const LOG_ZERO = -99;

function formatNumber(value: number): string {
  return value.toFixed(4);
}

function entryLine(key: string, entry: NgramEntry, withBackoff: boolean): string {
  const words = key.split(' ').join('\t');
  const backoff = withBackoff ? `\t${formatNumber(entry.backoff ?? 0)}` : '';
  return `${formatNumber(entry.logProb)}\t${words}${backoff}`;
}

/** Writes a model in the ARPA text format that PocketSphinx, SRILM and KenLM read. */
export function writeArpa(model: NgramModel): string {
  const highest = model.orders.length;
  const header = ['\\data\\', ...model.orders.map((grams, index) => `ngram ${index + 1}=${grams.size}`), ''];
  const sections = model.orders.flatMap((grams, index) => {
    const order = index + 1;
    return [`\\${order}-grams:`, ...[...grams].map(([key, entry]) => entryLine(key, entry, order < highest)), ''];
  });
  return [...header, ...sections, '\\end\\', ''].join('\n');
}

/**
 * Reads the unigram section of an ARPA text (log10 probabilities by word). Tolerates a file cut short after
 * the unigrams, as `sphinx_lm_convert` leaves when it fails on the bigrams of the stock English model.
 */
export function parseArpaUnigrams(text: string): Map<string, number> {
  const unigrams = new Map<string, number>();
  const start = text.indexOf('\\1-grams:');
  if (start < 0) return unigrams;
  const end = text.indexOf('\\2-grams:', start);
  const section = text.slice(start + '\\1-grams:'.length, end < 0 ? undefined : end);
  for (const line of section.split('\n')) {
    const [logProb, word, backoff] = line.trim().split(/\s+/);
    if (!word || logProb === undefined || Number.isNaN(Number(logProb))) continue;
    if (backoff !== undefined && Number.isNaN(Number(backoff))) continue;
    unigrams.set(word, Number(logProb));
  }
  return unigrams;
}

/** Reads a whole ARPA text into a model (used by tests and by tools that inspect a built model). */
export function parseArpa(text: string): NgramModel {
  const orders: Map<string, NgramEntry>[] = [];
  let current: Map<string, NgramEntry> | null = null;
  let order = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const section = /^\\(\d+)-grams:$/.exec(line);
    if (section) {
      order = Number(section[1]);
      current = new Map();
      orders[order - 1] = current;
      continue;
    }
    if (!current || line === '' || line.startsWith('\\')) continue;
    const fields = line.split(/\s+/);
    const words = fields.slice(1, 1 + order).join(' ');
    const backoff = fields[1 + order];
    current.set(words, { logProb: Number(fields[0]), ...(backoff !== undefined ? { backoff: Number(backoff) } : {}) });
  }
  return { orders };
}
