/** About 60 seconds when spoken by flite's slt voice; written for the speech benchmarks. */
export const ANSWER = [
  'When a payment request can be retried, I want the retry to be harmless, so the client sends an idempotency key',
  'with the request, usually a random identifier it generates once per logical operation. On the server I store the key',
  'together with a digest of the payload it carried and the response I returned, inside the same database transaction as the',
  'payment itself. If the same key comes back, I return the stored response instead of charging the card again. If the',
  'key comes back with a different body, that is a client bug, so I answer with a conflict. While the first request is',
  'still running, a second one with the same key should wait or get a clear status telling it to retry later, which I',
  'handle with a unique constraint or a lock on the key. Stored keys are purged after roughly a day, because clients only retry for a',
  'short time, and that keeps the table small. The trade off is extra storage and a lookup on every write, but it is far',
  'cheaper than refunding double charges.',
].join(' ');
