// Correct, but the code an interviewer winces at: one long function, cryptic names, var, ==, magic numbers,
// string splitting instead of one clear pattern, deep nesting and a swallowed error.
export function aggregateLogs(L) {
  var r = {};
  var m = 0;
  if (!Array.isArray(L)) throw new Error('bad');
  for (var i = 0; i < L.length; i++) {
    if (typeof L[i] != 'string') throw new Error('bad');
    if (L[i].trim() == '') continue;
    var p = L[i].split(' ');
    var ok = false;
    try {
      if (p.length == 5 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p[0])) {
        if (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].indexOf(p[1]) != -1 && p[2][0] == '/') {
          if (/^[1-5]\d\d$/.test(p[3]) && /^\d+ms$/.test(p[4])) {
            ok = true;
            var k = p[1] + ' ' + p[2].split('?')[0];
            if (!r[k]) r[k] = [[], 0];
            r[k][0].push(parseInt(p[4]));
            if (parseInt(p[3]) >= 500) r[k][1]++;
          }
        }
      }
    } catch (e) {}
    if (!ok) m++;
  }
  var o = {};
  for (var q in r) {
    var a = r[q][0].sort(function (x, y) {
      return x - y;
    });
    var s = 0;
    for (var j = 0; j < a.length; j++) s += a[j];
    o[q] = { count: a.length, errors: r[q][1], avgMs: Math.round(s / a.length), p95Ms: a[Math.ceil((95 * a.length) / 100) - 1] };
  }
  return { endpoints: o, malformed: m };
}
