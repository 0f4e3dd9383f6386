// Serialized responses kept for requests that get the same answer whoever asks (the bank's pages of questions),
// with their ETag: a hit costs neither building, serializing nor hashing the page. The caller's key must change
// whenever the answer could; the least recently used entries are dropped beyond `size`.
import { hash } from 'node:crypto';

export interface CachedResponse {
  body: string;
  etag: string;
}

/** The ETag @fastify/etag gives a body: a strong SHA-1, so cached and fresh replies carry the same one. */
export const etagOf = (body: string) => `"${hash('sha1', body, 'base64')}"`;

export const cacheEntry = (body: string): CachedResponse => ({ body, etag: etagOf(body) });

export function createResponseCache(size = 200) {
  const entries = new Map<string, CachedResponse>();
  return {
    get(key: string): CachedResponse | undefined {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },
    /** Keeps the body under the key and returns it with its ETag. */
    set(key: string, body: string): CachedResponse {
      const entry = cacheEntry(body);
      entries.set(key, entry);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
      return entry;
    },
  };
}
