// Correct, but hard to review: one long function, cryptic names, var, ==, a magic event encoding,
// nested branches and a swallowed error.
export function minWorkersNeeded(j) {
  var e = [];
  var c = 0;
  var m = 0;
  if (!(j instanceof Array)) throw new Error('bad');
  for (var i = 0; i < j.length; i++) {
    if (!(j[i] instanceof Array) || j[i].length != 2) throw new Error('bad');
    if (typeof j[i][0] != 'number' || typeof j[i][1] != 'number' || !isFinite(j[i][0]) || !isFinite(j[i][1])) throw new Error('bad');
    if (!(j[i][1] > j[i][0])) throw new Error('bad');
    e.push([j[i][0], 1]);
    e.push([j[i][1], 0]);
  }
  try {
    e.sort(function (a, b) {
      if (a[0] == b[0]) {
        return a[1] - b[1];
      } else {
        return a[0] - b[0];
      }
    });
  } catch (x) {}
  for (var k = 0; k < e.length; k++) {
    if (e[k][1] == 1) {
      c = c + 1;
      if (c > m) {
        m = c;
      }
    } else {
      if (c > 0) {
        c = c - 1;
      }
    }
  }
  return m;
}
