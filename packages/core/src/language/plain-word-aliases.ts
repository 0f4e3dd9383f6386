// Indexes an answer so that everyday phrasings of technical terms (plain-words/) also count under the terms'
// keys: an evidence phrase written in the jargon then meets an answer in plain words ("try again" → retry).
import {
  compilePhrase,
  findPhrase,
  indexText,
  type CompiledPhrase,
  type KeyAlias,
  type TextIndex,
} from './phrase-match.ts';
import { PLAIN_PHRASINGS } from './plain-words/general.ts';
import { PLAIN as CACHING } from './plain-words/caching.ts';
import { PLAIN as CONCURRENCY_AND_SCALING } from './plain-words/concurrency-and-scaling.ts';
import { PLAIN as DATABASES } from './plain-words/databases.ts';
import { PLAIN as HTTP_AND_APIS } from './plain-words/http-and-apis.ts';
import { PLAIN as MESSAGING } from './plain-words/messaging.ts';
import { PLAIN as OPERATIONS_AND_TESTING } from './plain-words/operations-and-testing.ts';
import { PLAIN as SECURITY } from './plain-words/security.ts';
import { PLAIN as SOFTWARE_DESIGN } from './plain-words/software-design.ts';
import { PLAIN as MORE_SYSTEMS } from './plain-words/more-systems.ts';
import { PLAIN as MORE_CODE_AND_APIS } from './plain-words/more-code-and-apis.ts';
import type { AnalyzedText } from './types.ts';

interface CompiledPhrasing {
  readonly phrase: CompiledPhrase;
  readonly termKeys: readonly string[];
}

/** The first table, and the tables written later by area (plain-words/), each blind to the others. */
const TABLES: ReadonlyArray<Readonly<Record<string, readonly string[]>>> = [
  PLAIN_PHRASINGS,
  CACHING,
  DATABASES,
  SECURITY,
  HTTP_AND_APIS,
  MESSAGING,
  CONCURRENCY_AND_SCALING,
  OPERATIONS_AND_TESTING,
  SOFTWARE_DESIGN,
  MORE_SYSTEMS,
  MORE_CODE_AND_APIS,
];

let compiled: readonly CompiledPhrasing[] | undefined;

function phrasings(): readonly CompiledPhrasing[] {
  compiled ??= TABLES.flatMap((table) => Object.entries(table)).flatMap(([term, plain]) => {
    const termKeys = compilePhrase(term).keys;
    // A phrasing with "not" or "no" would match only where negated, and put the term there as if said.
    return plain
      .map((text) => ({ phrase: compilePhrase(text, { strict: true }), termKeys }))
      .filter(({ phrase }) => !phrase.isNegation);
  });
  return compiled;
}

/** The text's index with every plain phrasing's term keys added at the phrasing's first word. */
export function indexPlainText(text: AnalyzedText): TextIndex {
  const index = indexText(text);
  const aliases = plainWordAliases(index);
  if (aliases.length === 0) return index;
  const byKey = new Map(index.byKey);
  for (const alias of aliases) insertSorted(byKey, alias.key, alias.position);
  return { ...index, byKey, aliases };
}

function plainWordAliases(index: TextIndex): KeyAlias[] {
  const aliases: KeyAlias[] = [];
  for (const { phrase, termKeys } of phrasings()) {
    // An ordered phrasing needs every one of its words in the text: most of the 2,400 are ruled out here.
    if (phrase.mode === 'ordered' && !phrase.contentKeys.every((key) => index.byKey.has(key))) continue;
    for (const hit of findPhrase(phrase, index)) {
      const position = hit.tokens[0];
      if (hit.strength < 1 || position === undefined) continue;
      for (const key of termKeys) aliases.push({ position, key });
    }
  }
  return aliases;
}

function insertSorted(map: Map<string, readonly number[]>, key: string, value: number): void {
  const list = [...(map.get(key) ?? [])];
  if (list.includes(value)) return;
  const at = list.findIndex((p) => p > value);
  list.splice(at < 0 ? list.length : at, 0, value);
  map.set(key, list);
}
