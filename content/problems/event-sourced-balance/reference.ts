export type EventType = 'opened' | 'deposited' | 'withdrawn' | 'closed';

export interface AccountEvent {
  type: EventType;
  account: string;
  amount?: number;
}

/** Rebuilds the balance of every open account by replaying its events in order; an invalid event throws. */
export function replayEvents(events: AccountEvent[]): Record<string, number> {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  const book = new AccountBook();
  events.forEach((event, index) => {
    try {
      book.apply(event);
    } catch (error) {
      throw new Error(`event ${index}: ${(error as Error).message}`, { cause: error });
    }
  });
  return book.openBalances();
}

/** The state the events build up: balances of open accounts, and every account ever opened. */
class AccountBook {
  private readonly balances = new Map<string, number>();
  private readonly everOpened = new Set<string>();

  private readonly handlers: ReadonlyMap<string, (account: string, amount: unknown) => void> = new Map([
    ['opened', (account: string, amount: unknown) => this.open(account, amount)],
    ['deposited', (account: string, amount: unknown) => this.deposit(account, validAmount(amount))],
    ['withdrawn', (account: string, amount: unknown) => this.withdraw(account, validAmount(amount))],
    ['closed', (account: string, amount: unknown) => this.close(account, amount)],
  ]);

  apply(event: AccountEvent): void {
    if (typeof event !== 'object' || event === null) throw new TypeError('an event must be an object');
    const { type, account, amount } = event;
    if (typeof account !== 'string' || account === '') throw new TypeError('account must be a non-empty string');
    const handle = this.handlers.get(type);
    if (handle === undefined) throw new Error(`unknown event type ${JSON.stringify(type)}`);
    handle(account, amount);
  }

  openBalances(): Record<string, number> {
    return Object.fromEntries(this.balances);
  }

  private open(account: string, amount: unknown): void {
    if (amount !== undefined) throw new Error('an opened event carries no amount');
    if (this.everOpened.has(account)) throw new Error(`account ${account} was opened before`);
    this.everOpened.add(account);
    this.balances.set(account, 0);
  }

  private deposit(account: string, amount: number): void {
    this.balances.set(account, this.balanceOf(account) + amount);
  }

  private withdraw(account: string, amount: number): void {
    const balance = this.balanceOf(account);
    if (amount > balance) throw new Error(`withdrawing ${amount} from ${account} would overdraw its ${balance}`);
    this.balances.set(account, balance - amount);
  }

  private close(account: string, amount: unknown): void {
    if (amount !== undefined) throw new Error('a closed event carries no amount');
    const balance = this.balanceOf(account);
    if (balance !== 0) throw new Error(`account ${account} still holds ${balance} and cannot close`);
    this.balances.delete(account);
  }

  /** The balance of an open account; an account never opened, or already closed, throws. */
  private balanceOf(account: string): number {
    const balance = this.balances.get(account);
    if (balance === undefined) throw new Error(`account ${account} is not open`);
    return balance;
  }
}

function validAmount(amount: unknown): number {
  if (!Number.isSafeInteger(amount) || (amount as number) <= 0) {
    throw new RangeError(`amount must be a positive integer number of cents, got ${JSON.stringify(amount)}`);
  }
  return amount as number;
}
