/**
 * What changed between two versions of a flat configuration, each list sorted by key:
 * { added: keys, removed: keys, changed: [{ key, from, to }] }.
 */
export function diffConfig(before, after) {
  assertFlatConfig(before, 'before');
  assertFlatConfig(after, 'after');
  const added = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key));
  const changed = Object.entries(before)
    .filter(([key, value]) => Object.hasOwn(after, key) && value !== after[key])
    .map(([key, value]) => ({ key, from: value, to: after[key] }));
  return {
    added: added.sort(),
    removed: removed.sort(),
    changed: changed.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

function assertFlatConfig(config, name) {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TypeError(`${name} must be an object of settings`);
  }
  for (const [key, value] of Object.entries(config)) {
    if (value !== null && typeof value === 'object') {
      throw new TypeError(`${name}.${key} must be a string, number, boolean or null, not a nested value`);
    }
  }
}
