// Correct, but hard to review: one-letter names, var, ==, an object used as a map with a magic offset,
// nested conditions and a swallowed error.
export function longestUniqueRun(s) {
  var o = {};
  var a = 0;
  var b = 0;
  if (typeof s != 'string') throw 'bad';
  try {
    for (var i = 0; i < s.length; i++) {
      if (o[s[i]] != undefined) {
        if (o[s[i]] - 1 >= a) {
          a = o[s[i]] - 1 + 1;
        } else {
          if (a == 0) {
            a = a;
          }
        }
      }
      o[s[i]] = i + 1;
      if (i - a + 1 > b) {
        b = i - a + 1;
      }
    }
  } catch (e) {}
  return b;
}
