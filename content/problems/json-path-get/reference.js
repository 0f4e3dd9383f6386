/** One step of a path, after a leading "." has been put in front of a first key: ".key" or "[index]". */
const STEP = /\.([A-Za-z0-9_$-]+)|\[(0|[1-9][0-9]*)\]/y;

/** The value at `path` (such as "orders[2].items[0].sku") inside `document`, or null when nothing is there. */
export function getPath(document, path) {
  let current = document;
  for (const step of parsePath(path)) {
    current = 'key' in step ? ownProperty(current, step.key) : arrayElement(current, step.index);
    if (current === undefined) return null;
  }
  return current;
}

/** Splits the whole path into steps, so a malformed path is refused even where the document runs out early. */
function parsePath(path) {
  if (typeof path !== 'string') throw new TypeError('path must be a string');
  if (path === '') return [];
  // The first key has no dot before it; adding one lets every key step look the same.
  const text = path.startsWith('[') ? path : `.${path}`;
  const steps = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < text.length) {
    const column = STEP.lastIndex;
    const match = STEP.exec(text);
    if (!match) throw new SyntaxError(`malformed path "${path}" near "${text.slice(column, column + 10)}"`);
    steps.push(match[1] !== undefined ? { key: match[1] } : { index: Number(match[2]) });
  }
  return steps;
}

function ownProperty(value, key) {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function arrayElement(value, index) {
  return Array.isArray(value) && index < value.length ? value[index] : undefined;
}
