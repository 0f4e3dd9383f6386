/**
 * Rebuilds the balance of every open account by replaying its events in order; an invalid event throws.
 * An event is { type: "opened" | "deposited" | "withdrawn" | "closed", account, amount? }.
 */
export function replayEvents(events) {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  const book = new AccountBook();
  events.forEach((event, index) => {
    try {
      book.apply(event);
    } catch (error) {
      throw new Error(`event ${index}: ${error.message}`, { cause: error });
    }
  });
  return book.openBalances();
}

/** The state the events build up: balances of open accounts, and every account ever opened. */
class AccountBook {
  #balances = new Map();
  #everOpened = new Set();

  #handlers = new Map([
    ['opened', (account, amount) => this.#open(account, amount)],
    ['deposited', (account, amount) => this.#deposit(account, validAmount(amount))],
    ['withdrawn', (account, amount) => this.#withdraw(account, validAmount(amount))],
    ['closed', (account, amount) => this.#close(account, amount)],
  ]);

  apply(event) {
    if (typeof event !== 'object' || event === null) throw new TypeError('an event must be an object');
    const { type, account, amount } = event;
    if (typeof account !== 'string' || account === '') throw new TypeError('account must be a non-empty string');
    const handle = this.#handlers.get(type);
    if (handle === undefined) throw new Error(`unknown event type ${JSON.stringify(type)}`);
    handle(account, amount);
  }

  openBalances() {
    return Object.fromEntries(this.#balances);
  }

  #open(account, amount) {
    if (amount !== undefined) throw new Error('an opened event carries no amount');
    if (this.#everOpened.has(account)) throw new Error(`account ${account} was opened before`);
    this.#everOpened.add(account);
    this.#balances.set(account, 0);
  }

  #deposit(account, amount) {
    this.#balances.set(account, this.#balanceOf(account) + amount);
  }

  #withdraw(account, amount) {
    const balance = this.#balanceOf(account);
    if (amount > balance) throw new Error(`withdrawing ${amount} from ${account} would overdraw its ${balance}`);
    this.#balances.set(account, balance - amount);
  }

  #close(account, amount) {
    if (amount !== undefined) throw new Error('a closed event carries no amount');
    const balance = this.#balanceOf(account);
    if (balance !== 0) throw new Error(`account ${account} still holds ${balance} and cannot close`);
    this.#balances.delete(account);
  }

  /** The balance of an open account; an account never opened, or already closed, throws. */
  #balanceOf(account) {
    const balance = this.#balances.get(account);
    if (balance === undefined) throw new Error(`account ${account} is not open`);
    return balance;
  }
}

function validAmount(amount) {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new RangeError(`amount must be a positive integer number of cents, got ${JSON.stringify(amount)}`);
  }
  return amount;
}
