// Correct, but the code an interviewer winces at: cryptic names, var, ==, objects used as maps, a heap written
// inline with magic index arithmetic, deep nesting and a swallowed error, all in one function.
export function orderTasks(t, d) {
  var g = {};
  var c = {};
  var h = [];
  var o = [];
  if (!Array.isArray(t) || !Array.isArray(d)) throw new Error('bad');
  for (var i = 0; i < t.length; i++) {
    if (typeof t[i] != 'string' || t[i] == '' || g[t[i]] != undefined) throw new Error('bad');
    g[t[i]] = [];
    c[t[i]] = 0;
  }
  for (var j = 0; j < d.length; j++) {
    if (!Array.isArray(d[j]) || d[j].length != 2 || g[d[j][0]] == undefined || g[d[j][1]] == undefined) {
      throw new Error('bad');
    }
    g[d[j][0]].push(d[j][1]);
    c[d[j][1]]++;
  }
  var add = function (v) {
    h.push(v);
    var p = h.length - 1;
    while (p > 0 && h[(p - 1) >> 1] > h[p]) {
      var tmp = h[p];
      h[p] = h[(p - 1) >> 1];
      h[(p - 1) >> 1] = tmp;
      p = (p - 1) >> 1;
    }
  };
  for (var k in c) if (c[k] == 0) add(k);
  while (h.length > 0) {
    var x = h[0];
    var l = h.pop();
    if (h.length > 0) {
      h[0] = l;
      var q = 0;
      try {
        while (true) {
          var s = q;
          if (q * 2 + 1 < h.length && h[q * 2 + 1] < h[s]) s = q * 2 + 1;
          if (q * 2 + 2 < h.length && h[q * 2 + 2] < h[s]) s = q * 2 + 2;
          if (s == q) break;
          var z = h[q];
          h[q] = h[s];
          h[s] = z;
          q = s;
        }
      } catch (e) {}
    }
    o.push(x);
    for (var m = 0; m < g[x].length; m++) {
      c[g[x][m]]--;
      if (c[g[x][m]] == 0) {
        add(g[x][m]);
      }
    }
  }
  if (o.length != t.length) throw new Error('cycle');
  return o;
}
