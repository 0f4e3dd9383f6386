/** A new grid turned 90° clockwise: rotated[row][column] = grid[size - 1 - column][row]. */
export function rotateClockwise(grid) {
  assertSquare(grid);
  const size = grid.length;
  const rotated = [];
  for (let row = 0; row < size; row++) {
    const cells = [];
    for (let column = 0; column < size; column++) cells.push(grid[size - 1 - column][row]);
    rotated.push(cells);
  }
  return rotated;
}

function assertSquare(grid) {
  if (!Array.isArray(grid)) throw new TypeError('grid must be an array of rows');
  grid.forEach((row, index) => {
    if (!Array.isArray(row) || row.length !== grid.length) {
      const shape = Array.isArray(row) ? `${row.length} cells` : typeof row;
      throw new RangeError(`grid must be square: row ${index} has ${shape}, expected ${grid.length} cells`);
    }
  });
}
