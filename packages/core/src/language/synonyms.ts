// Words that name the same thing or action in backend English. People state a belief with their own nouns and
// verbs ("open lets requests through", "open means calls flow"); comparing claims by these groups lets either
// wording meet the other. Only close equivalents: a group that joined two ideas would make a right answer read as
// a wrong one.
import { matchKey } from './match-key.ts';

const GROUPS = [
  'request call traffic',
  'flow pass go',
  'block reject refuse deny',
  'service dependency downstream',
  'server host machine instance node pod',
  'error failure exception fault',
  'delete remove erase',
  'change modify edit alter',
  'need require',
  'guarantee ensure',
  'send deliver dispatch emit publish',
  'keep store save persist',
  'check verify validate',
  'job task',
  'immediately instantly',
  'quick fast',
  'big large huge',
  'small tiny',
  'start begin',
  'increase raise grow',
  'decrease reduce lower shrink',
  'allow let permit',
  'field column',
  'row record entry',
  'customer user',
];

let groupOf: Map<string, string> | undefined;

/** One key standing for the word's whole group ("traffic" and "request" → "call"), or the key itself. */
export function synonymKey(key: string): string {
  groupOf ??= buildGroups();
  return groupOf.get(key) ?? key;
}

function buildGroups(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of GROUPS) {
    const keys = group.split(' ').map(matchKey);
    for (const key of keys) map.set(key, keys[0] ?? key);
  }
  return map;
}
