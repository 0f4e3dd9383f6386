// Long lists of words and phrases, written compactly so a reader sees a whole list at a glance.

/** A set of single words, given as space-separated strings. */
export function words(...lines: string[]): Set<string> {
  return new Set(lines.flatMap((line) => line.split(/\s+/)).filter(Boolean));
}

/** A list of phrases, given as strings of phrases separated by "|". */
export function phrases(...lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split('|'))
    .map((phrase) => phrase.trim())
    .filter(Boolean);
}
