// Correct, but the code an interviewer winces at: cryptic names, var, ==, nested ifs, index juggling, a swallowed
// error and validation mixed into the merge loop.
export function mergeBookings(a) {
  var r = [];
  if (!Array.isArray(a)) throw new Error('bad');
  var b = a.slice();
  try {
    b.sort(function (x, y) {
      return x[0] - y[0];
    });
  } catch (e) {}
  for (var i = 0; i < b.length; i++) {
    if (!Array.isArray(b[i]) || b[i].length != 2 || typeof b[i][0] != 'number' || typeof b[i][1] != 'number') {
      throw new Error('bad');
    }
    if (!isFinite(b[i][0]) || !isFinite(b[i][1]) || b[i][0] >= b[i][1]) throw new Error('bad');
    if (r.length == 0) {
      r.push([b[i][0], b[i][1]]);
    } else {
      if (b[i][0] <= r[r.length - 1][1]) {
        if (b[i][1] > r[r.length - 1][1]) {
          r[r.length - 1][1] = b[i][1];
        }
      } else {
        r.push([b[i][0], b[i][1]]);
      }
    }
  }
  return r;
}
