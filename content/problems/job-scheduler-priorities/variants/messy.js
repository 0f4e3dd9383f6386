// Correct and reasonably fast, but hard to review: one class doing everything with cryptic names, var, ==, magic
// numbers, copy-pasted heap code, deep nesting and a swallowed error.
export class JobScheduler {
  constructor(c) {
    this.c = c;
    this.p = {};
    this.n = 0;
    this.w = [];
    this.d = [];
  }

  submit(id, pr, t) {
    if (typeof id != 'string' || id == '' || this.p[id] != undefined) throw new Error('bad');
    if (typeof pr != 'number' || pr % 1 != 0 || typeof t != 'number' || t < 0 || t % 1 != 0) throw new Error('bad');
    var j = { id: id, pr: pr, t: t };
    this.p[id] = j;
    this.n++;
    var h = this.w;
    h.push(j);
    var i = h.length - 1;
    while (i > 0) {
      var pa = (i - 1) >> 1;
      if (h[pa].t > h[i].t) {
        var x = h[pa];
        h[pa] = h[i];
        h[i] = x;
        i = pa;
      } else break;
    }
  }

  cancel(id) {
    if (this.p[id] == undefined) return false;
    delete this.p[id];
    this.n--;
    return true;
  }

  next() {
    var now = this.c.now();
    var w = this.w;
    var d = this.d;
    try {
      while (w.length > 0 && w[0].t <= now) {
        var j = w[0];
        var l = w.pop();
        if (w.length > 0) {
          w[0] = l;
          var i = 0;
          while (true) {
            var a = 2 * i + 1;
            var b = 2 * i + 2;
            var s = i;
            if (a < w.length && w[a].t < w[s].t) s = a;
            if (b < w.length && w[b].t < w[s].t) s = b;
            if (s == i) break;
            var x = w[s];
            w[s] = w[i];
            w[i] = x;
            i = s;
          }
        }
        if (this.p[j.id] === j) {
          d.push(j);
          var k = d.length - 1;
          while (k > 0) {
            var pa = (k - 1) >> 1;
            var u = d[k];
            var v = d[pa];
            if (u.pr > v.pr || (u.pr == v.pr && (u.t < v.t || (u.t == v.t && u.id < v.id)))) {
              d[k] = v;
              d[pa] = u;
              k = pa;
            } else break;
          }
        }
      }
    } catch (e) {}
    while (d.length > 0) {
      var top = d[0];
      var last = d.pop();
      if (d.length > 0) {
        d[0] = last;
        var q = 0;
        while (true) {
          var l2 = 2 * q + 1;
          var r2 = 2 * q + 2;
          var m = q;
          if (l2 < d.length) {
            if (d[l2].pr > d[m].pr || (d[l2].pr == d[m].pr && (d[l2].t < d[m].t || (d[l2].t == d[m].t && d[l2].id < d[m].id)))) m = l2;
          }
          if (r2 < d.length) {
            if (d[r2].pr > d[m].pr || (d[r2].pr == d[m].pr && (d[r2].t < d[m].t || (d[r2].t == d[m].t && d[r2].id < d[m].id)))) m = r2;
          }
          if (m == q) break;
          var y = d[m];
          d[m] = d[q];
          d[q] = y;
          q = m;
        }
      }
      if (this.p[top.id] === top) {
        delete this.p[top.id];
        this.n--;
        return top.id;
      }
    }
    return null;
  }

  size() {
    return this.n;
  }
}
