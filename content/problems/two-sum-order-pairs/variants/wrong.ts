// Plausible but wrong: the map keeps the latest index of each amount, so when the complement occurs several
// times it pairs with the last one instead of the first.
export function findPairWithSum(amounts: number[], target: number): [number, number] | null {
  if (!Array.isArray(amounts) || !Number.isSafeInteger(target)) throw new TypeError('invalid input');
  const indexOf = new Map<number, number>();
  for (let second = 0; second < amounts.length; second++) {
    const amount = amounts[second];
    if (!Number.isSafeInteger(amount)) throw new TypeError(`amounts[${second}] must be an integer`);
    const first = indexOf.get(target - amount);
    if (first !== undefined) return [first, second];
    indexOf.set(amount, second);
  }
  return null;
}
