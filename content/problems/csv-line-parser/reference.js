const QUOTE = '"';
const SEPARATOR = ',';

/** Splits one CSV record into its fields: quoted fields may hold commas, line breaks and doubled quotes. */
export function parseCsvLine(line) {
  if (typeof line !== 'string') throw new TypeError('line must be a string');
  const fields = [];
  let start = 0;
  for (;;) {
    const field = line[start] === QUOTE ? readQuotedField(line, start) : readPlainField(line, start);
    fields.push(field.value);
    if (field.end === line.length) return fields;
    start = field.end + 1;
  }
}

function readPlainField(line, start) {
  let end = start;
  while (end < line.length && line[end] !== SEPARATOR) {
    const character = line[end];
    if (character === QUOTE || character === '\n' || character === '\r') {
      throw new SyntaxError(`unexpected ${JSON.stringify(character)} in an unquoted field at column ${end + 1}`);
    }
    end++;
  }
  return { value: line.slice(start, end), end };
}

/** Reads from an opening quote to its closing quote; a doubled quote inside stands for one quote. */
function readQuotedField(line, openingQuote) {
  const pieces = [];
  let pieceStart = openingQuote + 1;
  for (;;) {
    const quote = line.indexOf(QUOTE, pieceStart);
    if (quote < 0) throw new SyntaxError(`the quoted field opened at column ${openingQuote + 1} is never closed`);
    pieces.push(line.slice(pieceStart, quote));
    if (line[quote + 1] === QUOTE) {
      pieces.push(QUOTE);
      pieceStart = quote + 2;
      continue;
    }
    const end = quote + 1;
    if (end < line.length && line[end] !== SEPARATOR) {
      throw new SyntaxError(`expected a comma after the closing quote at column ${end + 1}`);
    }
    return { value: pieces.join(''), end };
  }
}
