// Correct, but the code an interviewer winces at: cryptic names, var, ==, nested ifs, an object used as a map,
// a swallowed error and everything in one function.
export function dedupeEvents(e, w) {
  var s = {};
  var o = [];
  var p = -1e308;
  if (!Array.isArray(e)) throw new Error('bad');
  if (typeof w != 'number' || w < 0 || w % 1 != 0) throw new Error('bad');
  for (var i = 0; i < e.length; i++) {
    var x = e[i];
    if (x == null || typeof x.id != 'string' || x.id == '' || typeof x.at != 'number' || !isFinite(x.at)) {
      throw new Error('bad');
    }
    if (x.at < p) throw new Error('bad');
    p = x.at;
    var t;
    try {
      t = Object.prototype.hasOwnProperty.call(s, x.id) ? s[x.id] : undefined;
    } catch (err) {}
    if (t == undefined) {
      s[x.id] = x.at;
      o.push(x);
    } else {
      if (x.at - t >= w) {
        s[x.id] = x.at;
        o.push(x);
      } else {
        if (w == 0) {
          o.push(x);
        }
      }
    }
  }
  return o;
}
