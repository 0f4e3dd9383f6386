// Correct, but the code an interviewer winces at: one long function, cryptic names, var, ==, magic numbers,
// nested loops where a comparator would do, and a swallowed error.
export function topKFrequent(a, k) {
  var m = {};
  var r = [];
  if (k < 0 || k != Math.floor(k)) throw new Error('bad');
  for (var i = 0; i < a.length; i++) {
    if (m[a[i]] == undefined) {
      m[a[i]] = 1;
    } else {
      m[a[i]] = m[a[i]] + 1;
    }
  }
  var x = Object.keys(m);
  if (k > x.length) throw new Error('bad');
  try {
    x.sort(function (p, q) {
      if (m[p] == m[q]) {
        if (p < q) {
          return -1;
        } else {
          if (p > q) {
            return 1;
          } else {
            return 0;
          }
        }
      }
      return m[q] - m[p];
    });
  } catch (e) {}
  for (var j = 0; j < k; j++) {
    r.push(x[j]);
  }
  return r;
}
