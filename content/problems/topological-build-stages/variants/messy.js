// Correct, but hard to review: one long function, cryptic names, var, ==, nested loops and conditions, and a
// swallowed error around the sort.
export function buildStages(m, d) {
  var g = {};
  var c = {};
  var r = [];
  var t = 0;
  for (var i = 0; i < m.length; i++) {
    if (g[m[i]] != undefined) throw new Error('dup');
    g[m[i]] = [];
    c[m[i]] = 0;
  }
  for (var k in d) {
    if (g[k] == undefined) throw new Error('?');
    var s = {};
    for (var j = 0; j < d[k].length; j++) {
      var x = d[k][j];
      if (g[x] == undefined) throw new Error('?');
      if (s[x] == undefined) {
        s[x] = 1;
        g[x].push(k);
        c[k]++;
      }
    }
  }
  var q = [];
  for (var i2 = 0; i2 < m.length; i2++) if (c[m[i2]] == 0) q.push(m[i2]);
  while (q.length) {
    try {
      q.sort();
    } catch (e) {}
    r.push(q);
    t += q.length;
    var n2 = [];
    for (var a = 0; a < q.length; a++) {
      for (var b = 0; b < g[q[a]].length; b++) {
        c[g[q[a]][b]]--;
        if (c[g[q[a]][b]] == 0) n2.push(g[q[a]][b]);
      }
    }
    q = n2;
  }
  if (t != m.length) throw new Error('cycle');
  return r;
}
