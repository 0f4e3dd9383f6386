// Correct, but hard to review: a hand-rolled heap inlined into one long function, one-letter names, var, ==,
// magic numbers, deep nesting and a swallowed error.
export function kthLargest(a, k) {
  var h = [];
  if (!(a instanceof Array) || k != Math.floor(k) || k < 1 || k > a.length) throw new Error('bad');
  for (var q = 0; q < a.length; q++) if (typeof a[q] != 'number' || !isFinite(a[q])) throw new Error('bad');
  try {
    for (var i = 0; i < a.length; i++) {
      if (h.length < k) {
        h.push(a[i]);
        var c = h.length - 1;
        while (c > 0) {
          var p = Math.floor((c - 1) / 2);
          if (h[p] > h[c]) {
            var t = h[p];
            h[p] = h[c];
            h[c] = t;
            c = p;
          } else break;
        }
      } else {
        if (a[i] > h[0]) {
          h[0] = a[i];
          var j = 0;
          while (1 == 1) {
            var l = j * 2 + 1;
            var s = j;
            if (l < h.length) {
              if (h[l] < h[s]) s = l;
              if (l + 1 < h.length) {
                if (h[l + 1] < h[s]) s = l + 1;
              }
            }
            if (s == j) break;
            var t2 = h[s];
            h[s] = h[j];
            h[j] = t2;
            j = s;
          }
        }
      }
    }
  } catch (e) {}
  return h[0];
}
