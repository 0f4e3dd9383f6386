// Correct, but the code an interviewer winces at: cryptic names, var, ==, status codes as magic numbers, a record as
// an array of positional fields, nested branches and a swallowed error.
export class IdempotencyStore {
  constructor(t, c) {
    if (!(t > 0) || t % 1 != 0) throw new Error('bad');
    this.t = t;
    this.c = c;
    this.m = new Map();
  }

  begin(k, h) {
    if (typeof k != 'string' || k == '' || typeof h != 'string' || h == '') throw new Error('bad');
    this.gc();
    var r = this.m.get(k);
    if (r == undefined) {
      this.m.set(k, [h, this.c.now() + this.t, 0, null]);
      return 'new';
    } else {
      if (r[0] != h) {
        throw new Error('bad');
      } else {
        if (r[2] == 1) {
          return { replay: r[3] };
        } else {
          return 'in-progress';
        }
      }
    }
  }

  complete(k, x) {
    this.gc();
    var r = this.m.get(k);
    if (typeof k != 'string' || k == '' || r == undefined || r[2] == 1) throw new Error('bad');
    r[2] = 1;
    r[3] = x;
  }

  release(k) {
    this.gc();
    var r = this.m.get(k);
    if (typeof k != 'string' || k == '' || r == undefined || r[2] == 1) throw new Error('bad');
    this.m.delete(k);
  }

  size() {
    this.gc();
    return this.m.size;
  }

  gc() {
    var n = this.c.now();
    try {
      for (var e of this.m) {
        if (e[1][1] <= n) {
          this.m.delete(e[0]);
        } else {
          break;
        }
      }
    } catch (err) {}
  }
}
