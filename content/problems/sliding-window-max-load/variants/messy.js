// Correct and linear, but hard to review: cryptic names, var, ==, Array.shift in a hot loop, magic numbers, nested
// branches and a swallowed error.
export function maxLoadPerWindow(a, w) {
  var r = [];
  var q = [];
  if (!Array.isArray(a) || !(w >= 1) || w % 1 != 0) throw new Error('bad');
  for (var i = 0; i < a.length; i++) {
    if (typeof a[i] != 'number' || a[i] < 0 || a[i] % 1 != 0) throw new Error('bad');
  }
  try {
    for (var j = 0; j < a.length; j++) {
      while (q.length > 0) {
        if (a[q[q.length - 1]] <= a[j]) {
          q.pop();
        } else {
          break;
        }
      }
      q.push(j);
      if (q[0] <= j - w) {
        q.shift();
      }
      if (j >= w - 1) {
        r.push(a[q[0]]);
      }
    }
  } catch (e) {}
  return r;
}
