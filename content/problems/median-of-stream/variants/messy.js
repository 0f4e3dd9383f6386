// Correct, but hard to review: two copy-pasted heaps inlined into the methods, one-letter names, var, ==,
// negated values as a max-heap trick with no comment, deep nesting and a swallowed error.
export class RunningMedian {
  constructor() {
    this.a = [];
    this.b = [];
  }

  add(x) {
    if (typeof x != 'number' || !isFinite(x)) throw new Error('bad');
    try {
      if (this.a.length == 0 || x <= -this.a[0]) {
        this.p(this.a, -x);
      } else {
        this.p(this.b, x);
      }
      if (this.a.length > this.b.length + 1) {
        this.p(this.b, -this.q(this.a));
      } else {
        if (this.b.length > this.a.length) {
          this.p(this.a, -this.q(this.b));
        }
      }
    } catch (e) {}
  }

  median() {
    if (this.a.length == 0) throw new Error('empty');
    if (this.a.length != this.b.length) return -this.a[0];
    return (-this.a[0] + this.b[0]) / 2;
  }

  p(h, v) {
    h.push(v);
    var i = h.length - 1;
    while (i > 0) {
      var j = (i - 1) >> 1;
      if (h[j] > h[i]) {
        var t = h[j];
        h[j] = h[i];
        h[i] = t;
        i = j;
      } else break;
    }
  }

  q(h) {
    var r = h[0];
    var l = h.pop();
    if (h.length > 0) {
      h[0] = l;
      var i = 0;
      while (1) {
        var c = 2 * i + 1;
        if (c < h.length) {
          if (c + 1 < h.length && h[c + 1] < h[c]) c = c + 1;
          if (h[c] < h[i]) {
            var t = h[c];
            h[c] = h[i];
            h[i] = t;
            i = c;
          } else break;
        } else break;
      }
    }
    return r;
  }
}
