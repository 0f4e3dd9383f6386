export type QueryValue = string | true;
export type ParsedQuery = Record<string, QueryValue | QueryValue[]>;

/**
 * Parses a URL query string: "+" and percent-escapes are decoded, a name without "=" is a flag (true), and a name
 * given more than once collects its values into an array, in order.
 */
export function parseQuery(query: string): ParsedQuery {
  if (typeof query !== 'string') throw new TypeError('query must be a string');
  const body = query.startsWith('?') ? query.slice(1) : query;
  const valuesByName = new Map<string, QueryValue[]>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const { name, value } = parsePair(pair);
    const values = valuesByName.get(name);
    if (values === undefined) valuesByName.set(name, [value]);
    else values.push(value);
  }
  return Object.fromEntries(
    [...valuesByName].map(([name, values]) => [name, values.length === 1 ? values[0]! : values]),
  );
}

function parsePair(pair: string): { name: string; value: QueryValue } {
  const separator = pair.indexOf('=');
  const name = decodeComponent(separator < 0 ? pair : pair.slice(0, separator));
  if (name === '') throw new Error(`parameter "${pair}" has no name`);
  const value = separator < 0 ? true : decodeComponent(pair.slice(separator + 1));
  return { name, value };
}

/** Form encoding: "+" is a space, then %XX escapes are UTF-8 bytes; a malformed escape is an error. */
function decodeComponent(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch (error) {
    throw new URIError(`malformed percent-encoding in "${encoded}"`, { cause: error });
  }
}
