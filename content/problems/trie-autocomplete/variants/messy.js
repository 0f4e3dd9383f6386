// Correct, but hard to review: cryptic names, var, ==, a hand-rolled nested sort, magic numbers, deep nesting and
// a swallowed error.
export class Autocomplete {
  constructor() {
    this.t = { c: {}, w: -1 };
  }

  insert(s, w) {
    if (typeof s != 'string' || s.length == 0 || typeof w != 'number' || w < 0 || w % 1 != 0) throw new Error('bad');
    var n = this.t;
    for (var i = 0; i < s.length; i++) {
      if (n.c[s[i]] == undefined) n.c[s[i]] = { c: {}, w: -1 };
      n = n.c[s[i]];
    }
    n.w = w;
    n.s = s;
  }

  suggest(p, k) {
    if (typeof p != 'string' || !(k >= 0) || k % 1 != 0) throw new Error('bad');
    var n = this.t;
    for (var i = 0; i < p.length; i++) {
      n = n.c[p[i]];
      if (n == undefined) return [];
    }
    var r = [];
    var st = [n];
    while (st.length > 0) {
      var x = st.pop();
      if (x.w != -1) r.push(x);
      for (var q in x.c) st.push(x.c[q]);
    }
    try {
      r.sort(function (a, b) {
        if (a.w == b.w) {
          if (a.s < b.s) {
            return -1;
          } else {
            if (a.s > b.s) {
              return 1;
            } else {
              return 0;
            }
          }
        }
        return b.w - a.w;
      });
    } catch (e) {}
    var o = [];
    for (var j = 0; j < r.length && j < k; j++) o.push(r[j].s);
    return o;
  }
}
