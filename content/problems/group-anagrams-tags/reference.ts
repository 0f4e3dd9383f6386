const LOWERCASE_WORD = /^[a-z]*$/;

/** Tags grouped with their anagrams: each group sorted, groups ordered by their first tag. */
export function groupAnagrams(tags: string[]): string[][] {
  if (!Array.isArray(tags)) throw new TypeError('tags must be an array of strings');

  const groupsByKey = new Map<string, string[]>();
  for (const tag of tags) {
    if (typeof tag !== 'string' || !LOWERCASE_WORD.test(tag)) {
      throw new TypeError(`each tag must be a string of lowercase letters a-z, got ${JSON.stringify(tag)}`);
    }
    const key = anagramKey(tag);
    const group = groupsByKey.get(key);
    if (group) group.push(tag);
    else groupsByKey.set(key, [tag]);
  }

  const groups = [...groupsByKey.values()].map((group) => group.sort());
  // Two groups never share a tag, so their first tags always differ.
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Anagrams share the same letters in sorted order. */
function anagramKey(tag: string): string {
  return tag.split('').sort().join('');
}
