// Correct, but hard to review: one sorted array searched by hand, cryptic names, var, ==, magic numbers,
// nested conditionals and a swallowed error.
export class Leaderboard {
  constructor() {
    this.d = {};
    this.a = [];
  }

  addScore(p, n) {
    if (typeof p != 'string' || p.length == 0 || Math.floor(n) != n || typeof n != 'number') throw new Error('bad');
    var o = this.d[p];
    if (o != undefined) {
      var i = this.f(o, p);
      this.a.splice(i, 1);
    } else {
      o = 0;
    }
    var s = o + n;
    this.d[p] = s;
    var j = this.f(s, p);
    this.a.splice(j, 0, [s, p]);
    return s;
  }

  f(s, p) {
    var lo = 0;
    var hi = this.a.length;
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      var x = this.a[m];
      if (x[0] > s) {
        lo = m + 1;
      } else {
        if (x[0] == s) {
          if (x[1] < p) {
            lo = m + 1;
          } else {
            hi = m;
          }
        } else {
          hi = m;
        }
      }
    }
    return lo;
  }

  top(k) {
    if (!(k >= 0) || k % 1 != 0) throw new Error('bad');
    var r = [];
    try {
      for (var i = 0; i < k && i < this.a.length; i++) r.push({ player: this.a[i][1], score: this.a[i][0] });
    } catch (e) {}
    return r;
  }

  rank(p) {
    if (this.d[p] == undefined) return -1;
    return this.f(this.d[p], p) + 1;
  }
}
