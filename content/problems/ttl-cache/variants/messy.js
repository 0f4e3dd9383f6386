// Correct and fast enough, but hard to review: cryptic names, var, ==, magic numbers, copy-pasted heap code,
// deep nesting and a swallowed error.
export class TTLCache {
  constructor(c) {
    this.c = c;
    this.m = {};
    this.h = [];
    this.n = 0;
  }

  set(k, v, t) {
    if (typeof k != 'string' || v == null || !(t > 0) || t % 1 != 0) throw new Error('bad');
    var now = this.c.now();
    this.p();
    var o = { k: k, v: v, e: now + t };
    if (this.m['$' + k] == undefined) this.n++;
    this.m['$' + k] = o;
    var h = this.h;
    h.push(o);
    var i = h.length - 1;
    while (i > 0) {
      var j = Math.floor((i - 1) / 2);
      if (h[j].e > h[i].e) {
        var x = h[j];
        h[j] = h[i];
        h[i] = x;
        i = j;
      } else {
        break;
      }
    }
  }

  get(k) {
    var o = this.m['$' + k];
    if (o != undefined) {
      if (o.e > this.c.now()) {
        return o.v;
      } else {
        delete this.m['$' + k];
        this.n--;
      }
    }
    return null;
  }

  delete(k) {
    var o = this.m['$' + k];
    if (o == undefined) return false;
    delete this.m['$' + k];
    this.n--;
    return o.e > this.c.now();
  }

  size() {
    this.p();
    return this.n;
  }

  p() {
    var h = this.h;
    try {
      while (h.length > 0 && h[0].e <= this.c.now()) {
        var o = h[0];
        var l = h.pop();
        if (h.length > 0) {
          h[0] = l;
          var i = 0;
          while (true) {
            var a = i * 2 + 1;
            var b = i * 2 + 2;
            var s = i;
            if (a < h.length) {
              if (h[a].e < h[s].e) s = a;
            }
            if (b < h.length) {
              if (h[b].e < h[s].e) s = b;
            }
            if (s == i) break;
            var x = h[s];
            h[s] = h[i];
            h[i] = x;
            i = s;
          }
        }
        if (this.m['$' + o.k] === o) {
          delete this.m['$' + o.k];
          this.n--;
        }
      }
    } catch (e) {}
  }
}
