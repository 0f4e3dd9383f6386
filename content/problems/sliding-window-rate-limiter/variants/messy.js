// Correct, but the code an interviewer winces at: cryptic names, var, ==, magic numbers, a swallowed error, the
// window rule written twice and one method doing everything.
export class SlidingWindowLimiter {
  constructor(l, w, c) {
    if (!(l > 0) || l % 1 != 0 || !(w > 0) || w % 1 != 0) throw new Error('bad');
    this.l = l;
    this.w = w;
    this.c = c;
    this.d = {};
  }

  allow(k) {
    return this.go(k, 1);
  }

  remaining(k) {
    return this.go(k, 0);
  }

  go(k, f) {
    if (typeof k != 'string' || k.length == 0) throw new Error('bad');
    var t = this.c.now();
    var a = this.d[k];
    if (a == undefined) {
      a = [];
      this.d[k] = a;
    }
    try {
      while (a.length > 0) {
        if (t - a[0] >= this.w) {
          a.shift();
        } else {
          break;
        }
      }
    } catch (e) {}
    if (f == 1) {
      if (a.length < this.l) {
        a.push(t);
        return true;
      } else {
        return false;
      }
    } else {
      var r = this.l - a.length;
      if (r < 0) r = 0;
      return r;
    }
  }
}
