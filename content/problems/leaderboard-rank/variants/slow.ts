// Correct but O(n log n) per query: keeps only a map of totals and sorts every player for each top() and rank().
export interface Standing {
  player: string;
  score: number;
}

export class Leaderboard {
  private readonly totals = new Map<string, number>();

  addScore(player: string, points: number): number {
    if (typeof player !== 'string' || player === '') throw new TypeError('player must be a non-empty string');
    if (!Number.isSafeInteger(points)) throw new RangeError('points must be an integer');
    const total = (this.totals.get(player) ?? 0) + points;
    this.totals.set(player, total);
    return total;
  }

  top(k: number): Standing[] {
    if (!Number.isInteger(k) || k < 0) throw new RangeError('k must be a non-negative integer');
    return this.standings().slice(0, k);
  }

  rank(player: string): number {
    if (!this.totals.has(player)) return -1;
    return this.standings().findIndex((standing) => standing.player === player) + 1;
  }

  private standings(): Standing[] {
    return [...this.totals]
      .map(([player, score]) => ({ player, score }))
      .sort((a, b) => b.score - a.score || (a.player < b.player ? -1 : 1));
  }
}
