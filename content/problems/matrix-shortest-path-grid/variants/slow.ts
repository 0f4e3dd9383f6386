// Correct but O(cells²) on winding maps: relaxes every cell from its neighbours, sweep after sweep, until
// nothing changes. A corridor that runs right to left gains only one cell per sweep.
export function shortestPathLength(grid: number[][]): number {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0]) || grid[0].length === 0) {
    throw new TypeError('grid must be a non-empty array of rows');
  }
  const rows = grid.length;
  const columns = grid[0].length;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length !== columns || row.some((cell) => cell !== 0 && cell !== 1)) {
      throw new RangeError('grid must be rectangular with cells of 0 or 1');
    }
  }
  if (grid[0][0] === 1 || grid[rows - 1][columns - 1] === 1) return -1;
  const distance = grid.map((row) => row.map(() => Infinity));
  distance[0][0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        if (grid[row][column] === 1) continue;
        const best = Math.min(
          row > 0 ? distance[row - 1][column] + 1 : Infinity,
          row < rows - 1 ? distance[row + 1][column] + 1 : Infinity,
          column > 0 ? distance[row][column - 1] + 1 : Infinity,
          column < columns - 1 ? distance[row][column + 1] + 1 : Infinity,
        );
        if (best < distance[row][column]) {
          distance[row][column] = best;
          changed = true;
        }
      }
    }
  }
  const result = distance[rows - 1][columns - 1];
  return result === Infinity ? -1 : result;
}
