// Honesty check, run by hand: does the repository repeat an evaluation set's wording? Lists every run of more than
// MAX_SHARED words that a file of the bank, the code or the tests shares with any answer, question or expected
// point of the given sets, and the longest run found. Exit code 1 when a run is too long.
//   node scripts/check-overlap.ts ../shared/eval/dev.json [more.json…] [--max 6]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max');
const MAX_SHARED = maxIndex >= 0 ? Number(args[maxIndex + 1]) : 6;
const sets = args.filter((a, i) => !a.startsWith('--') && (maxIndex < 0 || i !== maxIndex + 1));
if (sets.length === 0) {
  console.error('usage: node scripts/check-overlap.ts EVAL.json [EVAL2.json…] [--max 6]');
  process.exit(2);
}

const root = join(import.meta.dirname, '..');
const SCANNED = ['content', 'packages', 'scripts', 'bench', 'e2e', 'eval'];
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'data']);

interface EvalFile {
  items: Array<{ question?: string; expected_points?: string[]; answers?: Array<{ text?: string }> }>;
}

const evalTexts = sets.flatMap((file) => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as EvalFile | EvalFile['items'];
  const items = Array.isArray(data) ? data : data.items;
  return items.flatMap((item) => [
    item.question ?? '',
    ...(item.expected_points ?? []),
    ...(item.answers ?? []).map((a) => a.text ?? ''),
  ]);
});

/** Lowercase words, apostrophes kept, so punctuation and layout do not hide a copied run. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

const n = MAX_SHARED + 1;
const evalGrams = new Set<string>();
const evalWords = evalTexts.map(wordsOf);
for (const words of evalWords)
  for (let i = 0; i + n <= words.length; i++) evalGrams.add(words.slice(i, i + n).join(' '));

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|yaml|yml|md|json)$/.test(entry.name) && !entry.name.endsWith('.lock')) yield path;
  }
}

let longest = { length: 0, file: '', text: '' };
let findings = 0;
for (const dir of SCANNED) {
  for (const file of files(join(root, dir))) {
    if (file.endsWith('package-lock.json')) continue;
    const words = wordsOf(readFileSync(file, 'utf8'));
    let i = 0;
    while (i + n <= words.length) {
      if (!evalGrams.has(words.slice(i, i + n).join(' '))) {
        i++;
        continue;
      }
      let end = i + n;
      while (end < words.length && evalGrams.has(words.slice(end - n + 1, end + 1).join(' '))) end++;
      const run = words.slice(i, end).join(' ');
      findings++;
      console.log(`${relative(root, file)}: ${end - i} words: "${run}"`);
      if (end - i > longest.length) longest = { length: end - i, file: relative(root, file), text: run };
      i = end;
    }
  }
}

const longestRun = longestSharedRun();
console.log(
  findings === 0
    ? `no run of more than ${MAX_SHARED} words shared with ${sets.join(', ')}; longest shared run: ${longestRun.length} words ("${longestRun.text}" in ${longestRun.file})`
    : `${findings} runs of more than ${MAX_SHARED} words; longest ${longest.length} words in ${longest.file}`,
);
process.exit(findings === 0 ? 0 : 1);

/** The longest run of any length shared with the sets, reported even when it is within the limit. */
function longestSharedRun(): { length: number; text: string; file: string } {
  for (let size = MAX_SHARED; size >= 2; size--) {
    const grams = new Set<string>();
    for (const words of evalWords)
      for (let i = 0; i + size <= words.length; i++) grams.add(words.slice(i, i + size).join(' '));
    for (const dir of SCANNED) {
      for (const file of files(join(root, dir))) {
        if (file.endsWith('package-lock.json')) continue;
        const words = wordsOf(readFileSync(file, 'utf8'));
        for (let i = 0; i + size <= words.length; i++) {
          const gram = words.slice(i, i + size).join(' ');
          if (grams.has(gram)) return { length: size, text: gram, file: relative(root, file) };
        }
      }
    }
  }
  return { length: 0, text: '', file: '' };
}
