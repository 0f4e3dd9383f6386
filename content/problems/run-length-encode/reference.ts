const DIGIT = /[0-9]/;

interface Run {
  count: number;
  character: string;
  nextPosition: number;
}

/** Run-length encoding as count-then-character ("7O2W3E"), with a cap on how long a decoded string may be. */
export class RunLength {
  private readonly maxDecodedLength: number;

  constructor(maxDecodedLength: number) {
    if (!Number.isInteger(maxDecodedLength) || maxDecodedLength < 1) {
      throw new RangeError(`maxDecodedLength must be a positive integer, got ${String(maxDecodedLength)}`);
    }
    this.maxDecodedLength = maxDecodedLength;
  }

  encode(text: string): string {
    if (typeof text !== 'string') throw new TypeError('text must be a string');
    if (DIGIT.test(text)) throw new RangeError('text must not contain digits: they would make the encoding ambiguous');

    const runs: string[] = [];
    let runStart = 0;
    for (let index = 1; index <= text.length; index++) {
      if (index === text.length || text[index] !== text[runStart]) {
        runs.push(`${index - runStart}${text[runStart]}`);
        runStart = index;
      }
    }
    return runs.join('');
  }

  decode(encoded: string): string {
    if (typeof encoded !== 'string') throw new TypeError('encoded must be a string');

    const pieces: string[] = [];
    let decodedLength = 0;
    let position = 0;
    while (position < encoded.length) {
      const run = readRun(encoded, position);
      decodedLength += run.count;
      if (decodedLength > this.maxDecodedLength) {
        throw new RangeError(`the decoded text would be longer than ${this.maxDecodedLength} characters`);
      }
      pieces.push(run.character.repeat(run.count));
      position = run.nextPosition;
    }
    return pieces.join('');
  }
}

/** Reads one run, a count followed by one character, starting at `start`. */
function readRun(encoded: string, start: number): Run {
  let countEnd = start;
  while (countEnd < encoded.length && DIGIT.test(encoded[countEnd])) countEnd++;
  const digits = encoded.slice(start, countEnd);
  if (digits === '' || digits.startsWith('0')) {
    throw new SyntaxError(`expected a count from 1 up, without leading zeros, at position ${start}`);
  }
  if (countEnd === encoded.length) {
    throw new SyntaxError(`the count at position ${start} is not followed by a character`);
  }
  return { count: Number(digits), character: encoded[countEnd], nextPosition: countEnd + 1 };
}
