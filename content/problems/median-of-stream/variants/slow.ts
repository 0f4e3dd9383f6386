// Correct but O(n) per add: keeps one sorted array, finds the insertion point by a linear scan and splices.
export class RunningMedian {
  private readonly sorted: number[] = [];

  add(value: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError('value must be a finite number');
    let position = 0;
    while (position < this.sorted.length && this.sorted[position] < value) position++;
    this.sorted.splice(position, 0, value);
  }

  median(): number {
    const count = this.sorted.length;
    if (count === 0) throw new RangeError('no values recorded yet');
    const middle = Math.floor(count / 2);
    return count % 2 === 1 ? this.sorted[middle] : (this.sorted[middle - 1] + this.sorted[middle]) / 2;
  }
}
