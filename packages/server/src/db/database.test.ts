import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pingAtMostEvery, reusingStatements } from './database.ts';

describe('SQLite statements', () => {
  it('are prepared once per SQL text, and the least recently used are dropped beyond the limit', () => {
    const sqlite = new SQLite(':memory:');
    const database = reusingStatements(sqlite, 2);
    const first = database.prepare('select 1');
    expect(database.prepare('select 1')).toBe(first);
    const two = database.prepare('select 2');
    database.prepare('select 1'); // used again: now the most recent
    database.prepare('select 3'); // drops "select 2"
    expect(database.prepare('select 1')).toBe(first);
    const again = database.prepare('select 2');
    expect(again).not.toBe(two);
    expect(again.all([])).toEqual([{ 2: 2 }]);
    database.close();
    expect(sqlite.open).toBe(false);
  });
});

describe('database ping for health checks', () => {
  it('asks at most once a second, sharing the answer, and notices a change after that', async () => {
    let now = 0;
    let reachable = true;
    let pings = 0;
    const ping = pingAtMostEvery(
      () => Promise.resolve((pings++, reachable)),
      1000,
      () => now,
    );
    expect(await Promise.all([ping(), ping(), ping()])).toEqual([true, true, true]);
    reachable = false;
    now = 999;
    expect(await ping()).toBe(true);
    now = 1000;
    expect(await ping()).toBe(false);
    expect(pings).toBe(2);
  });
});
