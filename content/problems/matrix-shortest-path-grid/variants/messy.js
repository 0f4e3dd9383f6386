// Correct, but hard to review: one long function, one-letter names, var, ==, a hand-unrolled neighbour list
// with magic offsets, deep nesting and a swallowed error.
export function shortestPathLength(g) {
  var q = [];
  var d = {};
  var h = 0;
  if (!(g instanceof Array) || g.length == 0 || !(g[0] instanceof Array) || g[0].length == 0) throw new Error('bad');
  var w = g[0].length;
  for (var i = 0; i < g.length; i++) {
    if (!(g[i] instanceof Array) || g[i].length != w) throw new Error('bad');
    for (var j = 0; j < w; j++) if (g[i][j] !== 0 && g[i][j] !== 1) throw new Error('bad');
  }
  if (g[0][0] == 1) return -1;
  q.push(0);
  d[0] = 0;
  try {
    while (h < q.length) {
      var x = q[h++];
      if (x == g.length * w - 1) return d[x];
      var o = [-w, w, -1, 1];
      for (var k = 0; k < 4; k++) {
        var y = x + o[k];
        if (y >= 0) {
          if (y < g.length * w) {
            if (!(k == 2 && x % w == 0) && !(k == 3 && x % w == w - 1)) {
              if (g[Math.floor(y / w)][y % w] == 0) {
                if (d[y] == undefined) {
                  d[y] = d[x] + 1;
                  q.push(y);
                }
              }
            }
          }
        }
      }
    }
  } catch (e) {}
  return -1;
}
