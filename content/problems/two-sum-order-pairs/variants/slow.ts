// Correct but quadratic: for each second index, scans every earlier entry for a partner.
export function findPairWithSum(amounts: number[], target: number): [number, number] | null {
  if (!Array.isArray(amounts) || !Number.isSafeInteger(target)) throw new TypeError('invalid input');
  if (!amounts.every((amount) => Number.isSafeInteger(amount))) throw new TypeError('amounts must be integers');
  for (let second = 1; second < amounts.length; second++) {
    for (let first = 0; first < second; first++) {
      if (amounts[first] + amounts[second] === target) return [first, second];
    }
  }
  return null;
}
