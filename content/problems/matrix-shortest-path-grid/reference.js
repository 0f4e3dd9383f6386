const OPEN = 0;
const WALL = 1;
const UNREACHED = -1;
/** The four moves, as parallel row and column offsets: up, down, left, right. */
const ROW_STEPS = [-1, 1, 0, 0];
const COLUMN_STEPS = [0, 0, -1, 1];

/** Fewest up/down/left/right moves from the top-left to the bottom-right cell, or -1 if it cannot be reached. */
export function shortestPathLength(grid) {
  validateGrid(grid);
  const rows = grid.length;
  const columns = grid[0].length;
  if (!isOpen(grid, 0, 0) || !isOpen(grid, rows - 1, columns - 1)) return UNREACHED;

  // Breadth-first from the start; cells are numbered row * columns + column.
  const movesTo = new Int32Array(rows * columns).fill(UNREACHED);
  const dock = rows * columns - 1;
  const queue = [0];
  movesTo[0] = 0;
  for (let head = 0; head < queue.length && movesTo[dock] === UNREACHED; head++) {
    const cell = queue[head];
    const row = Math.floor(cell / columns);
    const column = cell % columns;
    for (let move = 0; move < ROW_STEPS.length; move++) {
      const nextRow = row + ROW_STEPS[move];
      const nextColumn = column + COLUMN_STEPS[move];
      const next = nextRow * columns + nextColumn;
      if (isOpen(grid, nextRow, nextColumn) && movesTo[next] === UNREACHED) {
        movesTo[next] = movesTo[cell] + 1;
        queue.push(next);
      }
    }
  }
  return movesTo[dock];
}

/** Whether (row, column) lies on the map and is not a wall. */
function isOpen(grid, row, column) {
  return row >= 0 && row < grid.length && column >= 0 && column < grid[0].length && grid[row][column] === OPEN;
}

function validateGrid(grid) {
  if (!Array.isArray(grid) || grid.length === 0) throw new TypeError('grid must be a non-empty array of rows');
  const columns = Array.isArray(grid[0]) ? grid[0].length : 0;
  grid.forEach((row, rowIndex) => validateRow(row, rowIndex, columns));
}

function validateRow(row, rowIndex, columns) {
  if (!Array.isArray(row) || row.length === 0 || row.length !== columns) {
    throw new RangeError(`grid must be rectangular with non-empty rows; row ${rowIndex} does not match row 0`);
  }
  for (let column = 0; column < columns; column++) {
    if (row[column] !== OPEN && row[column] !== WALL) {
      throw new RangeError(`cells must be 0 or 1, got ${JSON.stringify(row[column])} at [${rowIndex}, ${column}]`);
    }
  }
}
