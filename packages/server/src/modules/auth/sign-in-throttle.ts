// Failed sign-ins per account, so that guessing one user's password from many addresses is slowed as much as from
// one. After a few failures the account refuses attempts for a short while that doubles with each further
// failure, up to a ceiling of minutes: long enough to make guessing hopeless, short enough that an attacker
// cannot keep the owner out for long (and a successful sign-in clears it).
export interface SignInThrottleOptions {
  /** Failures allowed before attempts are refused for a while. */
  readonly freeFailures?: number;
  readonly firstPauseMs?: number;
  readonly maxPauseMs?: number;
  /** Failures older than this are forgotten. */
  readonly windowMs?: number;
  readonly now?: () => number;
}

interface AccountFailures {
  count: number;
  lastAt: number;
  blockedUntil: number;
}

export interface SignInThrottle {
  /** Milliseconds to wait before this account may try again (0: it may try now). */
  retryAfterMs(account: string): number;
  failed(account: string): void;
  succeeded(account: string): void;
}

const MAX_TRACKED_ACCOUNTS = 100_000;

export function createSignInThrottle(options: SignInThrottleOptions = {}): SignInThrottle {
  const freeFailures = options.freeFailures ?? 5;
  const firstPauseMs = options.firstPauseMs ?? 30_000;
  const maxPauseMs = options.maxPauseMs ?? 5 * 60_000;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, AccountFailures>();
  const key = (account: string) => account.trim().toLowerCase();

  function current(account: string): AccountFailures | undefined {
    const entry = failures.get(key(account));
    if (entry && now() - entry.lastAt > windowMs && now() >= entry.blockedUntil) {
      failures.delete(key(account));
      return undefined;
    }
    return entry;
  }

  return {
    retryAfterMs(account) {
      const entry = current(account);
      return entry ? Math.max(0, entry.blockedUntil - now()) : 0;
    },
    failed(account) {
      const entry = current(account) ?? { count: 0, lastAt: now(), blockedUntil: 0 };
      entry.count++;
      entry.lastAt = now();
      const over = entry.count - freeFailures;
      if (over >= 0) entry.blockedUntil = now() + Math.min(maxPauseMs, firstPauseMs * 2 ** over);
      // A flood of made-up emails must not grow memory without bound: the oldest entries go first.
      if (!failures.has(key(account)) && failures.size >= MAX_TRACKED_ACCOUNTS) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      failures.set(key(account), entry);
    },
    succeeded(account) {
      failures.delete(key(account));
    },
  };
}
