// Analysis speed: the median time to analyse a ~150-word typed answer against a bank question (with the bank's
// search index, as the worker runs it), and its ratio to the time wink-nlp takes just to read the same text,
// measured in the same run. Target: under 20 ms per answer.
//   node bench/analysis.bench.ts [--runs 200]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAnswer, createQuestionIndex, parseQuestionFile, type Question } from '../packages/core/src/index.ts';
import { getNlp } from '../packages/core/src/language/nlp.ts';

/** About 150 words, written for this benchmark. */
const ANSWER = [
  'I would start with cache-aside, because it is the simplest: the service looks in Redis first, and on a miss it',
  'reads the row from the database and stores it with a TTL of a few minutes. The cost is a slow lookup right',
  'after an entry lapses, and readers may see values that lag behind for up to the TTL, which is fine for a product page',
  'but not for an account balance. For data that changes often I prefer write-through, so every update goes to the',
  'cache and the database together, at the price of slower writes. The failure I plan for is a stampede: once a popular',
  'entry lapses, hundreds of callers reach the primary together, so I add jitter to the TTLs and let one request',
  'rebuild the entry while the others wait. I would watch the hit ratio and evictions to see whether the cache pays',
  'for itself.',
].join(' ');

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 200;

function loadBank(): Question[] {
  const dir = join(import.meta.dirname, '..', 'content', 'questions');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const parsed = parseQuestionFile(readFileSync(join(dir, file), 'utf8'));
      return parsed.ok ? [parsed.question] : [];
    });
}

function medianMs(work: () => void, times: number): number {
  for (let i = 0; i < Math.min(20, times); i++) work();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const bank = loadBank();
const question = bank.find((q) => q.id === 'caching-strategies') ?? bank.find((q) => /cach/.test(q.id)) ?? bank[0];
if (!question) throw new Error('the bank is empty: add question files under content/questions');
const indexStart = performance.now();
const index = createQuestionIndex(bank);
const indexMs = performance.now() - indexStart;

const { wink } = getNlp();
const readMs = medianMs(() => void wink.readDoc(ANSWER).tokens().out(), runs);
const aloneMs = medianMs(() => void analyzeAnswer(question, ANSWER), runs);
const withBankMs = medianMs(() => void analyzeAnswer(question, ANSWER, { index }), runs);

const words = ANSWER.split(/\s+/).length;
console.log(
  `answer: ${words} words, question "${question.id}", bank of ${bank.length} questions (index built in ${indexMs.toFixed(0)} ms, once)`,
);
console.log(`wink readDoc alone (baseline):   ${readMs.toFixed(2)} ms`);
console.log(
  `analyzeAnswer without the bank:  ${aloneMs.toFixed(2)} ms  (${(aloneMs / readMs).toFixed(1)}× the baseline)`,
);
console.log(
  `analyzeAnswer with bank index:   ${withBankMs.toFixed(2)} ms  (${(withBankMs / readMs).toFixed(1)}× the baseline)`,
);
console.log(`target under 20 ms: ${withBankMs < 20 ? 'met' : 'NOT met'}`);

// A hostile answer: three 20,000-letter "words". Its cost is bounded per token, so it should cost about what a
// normal answer of similar length in words costs, not seconds.
const HOSTILE = ['x', 'y', 'z'].map((letter) => letter.repeat(20_000)).join(' ');
const hostileMs = medianMs(() => void analyzeAnswer(question, HOSTILE, { index }), Math.min(runs, 20));
console.log(
  `hostile answer (3 × 20,000 letters): ${hostileMs.toFixed(2)} ms  (${(hostileMs / withBankMs).toFixed(1)}× the 150-word answer)`,
);
