// Correct, but hard to review: cryptic names, var, ==, a magic sentinel, deep nesting and a swallowed error.
export function findPairWithSum(a, t) {
  var m = {};
  var r = null;
  if (!Array.isArray(a) || t !== Math.floor(t) || typeof t != 'number') throw new Error('bad');
  try {
    for (var i = 0; i < a.length; i++) {
      if (typeof a[i] != 'number' || a[i] != Math.floor(a[i])) {
        throw new Error('bad');
      } else {
        var x = m[t - a[i]];
        if (x != undefined) {
          if (x > -1) {
            if (r == null) {
              r = [x, i];
              break;
            }
          }
        }
        if (m[a[i]] == undefined) {
          m[a[i]] = i;
        }
      }
    }
  } catch (e) {
    if (e.message == 'bad') throw e;
  }
  return r;
}
