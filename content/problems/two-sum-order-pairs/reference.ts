/**
 * Indices [i, j] of two entries adding up to target: the pair with the smallest j, then the smallest i.
 * Returns null when no two entries add up.
 */
export function findPairWithSum(amounts: number[], target: number): [number, number] | null {
  if (!Array.isArray(amounts)) throw new TypeError('amounts must be an array of integers');
  if (!Number.isSafeInteger(target)) throw new TypeError(`target must be an integer, got ${String(target)}`);

  const firstIndexOf = new Map<number, number>();
  for (let second = 0; second < amounts.length; second++) {
    const amount = amounts[second];
    if (!Number.isSafeInteger(amount)) {
      throw new TypeError(`amounts[${second}] must be an integer, got ${String(amount)}`);
    }
    const first = firstIndexOf.get(target - amount);
    if (first !== undefined) return [first, second];
    if (!firstIndexOf.has(amount)) firstIndexOf.set(amount, second);
  }
  return null;
}
