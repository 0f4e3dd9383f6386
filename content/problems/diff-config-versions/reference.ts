export type ConfigValue = string | number | boolean | null;
export type Config = Record<string, ConfigValue>;

export interface ChangedSetting {
  key: string;
  from: ConfigValue;
  to: ConfigValue;
}

export interface ConfigDiff {
  added: string[];
  removed: string[];
  changed: ChangedSetting[];
}

/** What changed between two versions of a flat configuration, each list sorted by key. */
export function diffConfig(before: Config, after: Config): ConfigDiff {
  assertFlatConfig(before, 'before');
  assertFlatConfig(after, 'after');
  const added = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key));
  const changed = Object.entries(before)
    .filter(([key, value]) => Object.hasOwn(after, key) && value !== after[key])
    .map(([key, value]) => ({ key, from: value, to: after[key] as ConfigValue }));
  return {
    added: added.sort(),
    removed: removed.sort(),
    changed: changed.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

function assertFlatConfig(config: unknown, name: string): asserts config is Config {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TypeError(`${name} must be an object of settings`);
  }
  for (const [key, value] of Object.entries(config)) {
    if (value !== null && typeof value === 'object') {
      throw new TypeError(`${name}.${key} must be a string, number, boolean or null, not a nested value`);
    }
  }
}
