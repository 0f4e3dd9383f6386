const CENTS_PER_UNIT = 100;
const MAX_AMOUNT = 1_000_000_000;

/**
 * Account balances kept as whole cents, so sums are exact; amounts arrive and balances leave as decimal numbers.
 * Every operation validates all of its input before it changes anything, so a failed call has no effect.
 */
export class Ledger {
  #balancesInCents = new Map();

  open(accountId) {
    if (typeof accountId !== 'string' || accountId === '') throw new TypeError('accountId must be a non-empty string');
    if (this.#balancesInCents.has(accountId)) throw new Error(`account ${accountId} already exists`);
    this.#balancesInCents.set(accountId, 0);
  }

  deposit(accountId, amount) {
    const balance = this.#balanceInCents(accountId);
    this.#balancesInCents.set(accountId, balance + toCents(amount));
  }

  /** Takes money out if the balance covers it; returns false and changes nothing otherwise. */
  withdraw(accountId, amount) {
    const balance = this.#balanceInCents(accountId);
    const cents = toCents(amount);
    if (cents > balance) return false;
    this.#balancesInCents.set(accountId, balance - cents);
    return true;
  }

  /** Moves money between two different accounts, all or nothing; returns false when the source cannot cover it. */
  transfer(fromId, toId, amount) {
    const fromBalance = this.#balanceInCents(fromId);
    const toBalance = this.#balanceInCents(toId);
    if (fromId === toId) throw new Error('cannot transfer from an account to itself');
    const cents = toCents(amount);
    if (cents > fromBalance) return false;
    this.#balancesInCents.set(fromId, fromBalance - cents);
    this.#balancesInCents.set(toId, toBalance + cents);
    return true;
  }

  balance(accountId) {
    return this.#balanceInCents(accountId) / CENTS_PER_UNIT;
  }

  #balanceInCents(accountId) {
    const balance = this.#balancesInCents.get(accountId);
    if (balance === undefined) throw new Error(`unknown account ${accountId}`);
    return balance;
  }
}

/** A positive amount with at most two decimal places, up to the limit, as whole cents. */
function toCents(amount) {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw new RangeError(`amount must be a number above 0 and at most ${MAX_AMOUNT}, got ${amount}`);
  }
  const cents = Math.round(amount * CENTS_PER_UNIT);
  if (cents / CENTS_PER_UNIT !== amount) throw new RangeError(`amount must have at most two decimals, got ${amount}`);
  return cents;
}
