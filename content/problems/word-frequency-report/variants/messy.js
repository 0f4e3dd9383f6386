// Correct, but hard to review: one long function, one-letter names, var, ==, a character-code loop full of
// magic numbers, deep nesting and a swallowed error.
export function topWords(t, n) {
  var d = {};
  var w = '';
  var r = [];
  if (typeof t != 'string' || typeof n != 'number' || n < 0 || n % 1 != 0) throw new Error('bad input');
  t = t.toLowerCase() + ' ';
  for (var i = 0; i < t.length; i++) {
    var c = t.charCodeAt(i);
    if (c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12 || /\s/.test(t[i])) {
      if (w != '') {
        if (d['$' + w] == undefined) {
          d['$' + w] = 1;
        } else {
          d['$' + w]++;
        }
      }
      w = '';
    } else {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        w = w + t[i];
      }
    }
  }
  for (var k in d) r.push({ word: k.substring(1), count: d[k] });
  try {
    r.sort(function (a, b) {
      if (a.count == b.count) {
        if (a.word < b.word) return -1;
        else return 1;
      }
      return b.count - a.count;
    });
  } catch (e) {}
  return r.slice(0, n);
}
