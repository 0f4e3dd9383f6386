// Correct, but the code an interviewer winces at: cryptic names, var, ==, magic numbers, a hand-rolled search
// with nested branches, a swallowed error and the hash pasted inline.
export class HashRing {
  constructor(r) {
    if (!(r > 0) || r % 1 != 0) throw new Error('bad');
    this.r = r;
    this.p = [];
    this.n = {};
  }

  addNode(s) {
    if (typeof s != 'string' || s == '' || this.n[s] == 1) throw new Error('bad');
    this.n[s] = 1;
    for (var i = 0; i < this.r; i++) {
      var t = s + '#' + i;
      var h = 2166136261;
      for (var j = 0; j < t.length; j++) h = Math.imul(h ^ t.charCodeAt(j), 16777619);
      h ^= h >>> 16;
      h = Math.imul(h, 2246822507);
      h ^= h >>> 13;
      h = Math.imul(h, 3266489909);
      h ^= h >>> 16;
      this.p.push([h >>> 0, s]);
    }
    this.p.sort(function (a, b) {
      if (a[0] == b[0]) {
        if (a[1] < b[1]) return -1;
        return 1;
      }
      return a[0] - b[0];
    });
  }

  removeNode(s) {
    if (this.n[s] != 1) throw new Error('bad');
    delete this.n[s];
    var q = [];
    for (var i = 0; i < this.p.length; i++) if (this.p[i][1] != s) q.push(this.p[i]);
    this.p = q;
  }

  nodeFor(k) {
    if (typeof k != 'string') throw new Error('bad');
    if (this.p.length == 0) return null;
    var h = 2166136261;
    for (var j = 0; j < k.length; j++) h = Math.imul(h ^ k.charCodeAt(j), 16777619);
    h ^= h >>> 16;
    h = Math.imul(h, 2246822507);
    h ^= h >>> 13;
    h = Math.imul(h, 3266489909);
    h ^= h >>> 16;
    h = h >>> 0;
    var l = 0,
      u = this.p.length;
    try {
      while (l < u) {
        var m = Math.floor((l + u) / 2);
        if (this.p[m][0] < h) {
          l = m + 1;
        } else {
          u = m;
        }
      }
    } catch (e) {}
    if (l == this.p.length) {
      return this.p[0][1];
    } else {
      return this.p[l][1];
    }
  }
}
