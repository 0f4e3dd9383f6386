// A recording kept in IndexedDB is sent until the server has it: tus retries a few times on its own, and past
// that a long outage (a laptop offline for ten minutes, a server being redeployed) only delays the upload.

/** A status that will not change by asking again: the server refused this upload for good. */
const FINAL_STATUSES = new Set([400, 401, 403, 404, 410, 413, 415]);

/** Whether an error from tus-js-client is worth another attempt later (a network failure or a server hiccup). */
export function isWorthRetrying(error: unknown): boolean {
  const response = (error as { originalResponse?: { getStatus(): number } | null } | null)?.originalResponse;
  const status = response?.getStatus() ?? 0;
  return !FINAL_STATUSES.has(status);
}

/** Seconds before attempt `n` (from 0): doubling from 2 s up to a minute. */
export const backoffSeconds = (attempt: number) => Math.min(60, 2 ** (attempt + 1));

export interface RetryEnvironment {
  /** Resolves after the delay, or earlier when the browser says it is back online. */
  wait(seconds: number): Promise<void>;
}

export const browserRetryEnvironment: RetryEnvironment = {
  wait: (seconds) =>
    new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        resolve();
      };
      const timer = setTimeout(done, seconds * 1000);
      window.addEventListener('online', done);
    }),
};

/** Runs `send` until it succeeds; rethrows at once an error that retrying cannot fix. */
export async function sendUntilDone(
  send: () => Promise<void>,
  environment: RetryEnvironment = browserRetryEnvironment,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      if (!isWorthRetrying(error)) throw error;
      await environment.wait(backoffSeconds(attempt));
    }
  }
}
