// Plausible but wrong: checks walls only when stepping onto a neighbour, so a walled start cell is never
// noticed and the robot "escapes" from inside a wall.
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
  const seen = new Set<number>([0]);
  let frontier = [[0, 0]];
  for (let moves = 0; frontier.length > 0; moves++) {
    const nextFrontier: number[][] = [];
    for (const [row, column] of frontier) {
      if (row === rows - 1 && column === columns - 1) return moves;
      for (const [r, c] of [[row + 1, column], [row - 1, column], [row, column + 1], [row, column - 1]]) {
        if (r < 0 || c < 0 || r >= rows || c >= columns || grid[r][c] === 1 || seen.has(r * columns + c)) continue;
        seen.add(r * columns + c);
        nextFrontier.push([r, c]);
      }
    }
    frontier = nextFrontier;
  }
  return -1;
}
