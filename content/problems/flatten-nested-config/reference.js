/** A flat object keyed by dotted paths ("db.ports.0"); empty nested objects and arrays are kept as values. */
export function flattenConfig(config) {
  if (!isContainer(config) || Array.isArray(config)) throw new TypeError('config must be a plain object');
  const flat = {};
  addEntries(config, '', flat);
  return flat;
}

function addEntries(node, prefix, flat) {
  for (const [key, value] of entriesOf(node, prefix)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isContainer(value) && !isEmpty(value)) addEntries(value, path, flat);
    else flat[path] = value;
  }
}

/** An array's entries keyed by index, or an object's entries once each key is known to be usable in a path. */
function entriesOf(node, prefix) {
  if (Array.isArray(node)) return node.map((value, index) => [String(index), value]);
  const entries = Object.entries(node);
  for (const [key] of entries) {
    if (key === '' || key.includes('.')) {
      const where = prefix === '' ? 'the top level' : prefix;
      throw new RangeError(`keys must be non-empty and contain no dots, got ${JSON.stringify(key)} at ${where}`);
    }
  }
  return entries;
}

function isContainer(value) {
  return typeof value === 'object' && value !== null;
}

function isEmpty(container) {
  return Array.isArray(container) ? container.length === 0 : Object.keys(container).length === 0;
}
