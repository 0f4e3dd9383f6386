const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: ReadonlyArray<[number, string]> = [
  [1_000_000_000, 'billion'],
  [1_000_000, 'million'],
  [1_000, 'thousand'],
];

function underHundred(value: number): string[] {
  if (value < 20) return [ONES[value] ?? ''];
  const tens = TENS[Math.floor(value / 10)] ?? '';
  const ones = value % 10;
  return ones === 0 ? [tens] : [tens, ONES[ones] ?? ''];
}

function underThousand(value: number): string[] {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const words = hundreds > 0 ? [ONES[hundreds] ?? '', 'hundred'] : [];
  return rest > 0 || hundreds === 0 ? [...words, ...underHundred(rest)] : words;
}

/** Spells a whole number the way a speaker reads it aloud: 429 → "four hundred twenty nine". */
export function cardinalWords(value: number): string[] {
  if (!Number.isSafeInteger(value) || value < 0) return [];
  if (value < 1000) return underThousand(value);
  const words: string[] = [];
  let rest = value;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      words.push(...cardinalWords(Math.floor(rest / size)), name);
      rest %= size;
    }
  }
  return rest > 0 ? [...words, ...underThousand(rest)] : words;
}

/** Years are read in pairs ("twenty twenty four"), except round ones ("two thousand"). */
function yearWords(value: number): string[] {
  const high = Math.floor(value / 100);
  const low = value % 100;
  if (low === 0) return value % 1000 === 0 ? cardinalWords(value) : [...underHundred(high), 'hundred'];
  if (value >= 2000 && value < 2010) return cardinalWords(value);
  return [...underHundred(high), ...(low < 10 ? ['oh', ONES[low] ?? ''] : underHundred(low))];
}

/** Words for a token of digits such as "429", "3.5", "2024" or "1,000". */
export function numberTokenWords(token: string): string[] {
  const plain = token.replace(/,(?=\d{3})/g, '');
  const [whole = '', fraction] = plain.split('.');
  if (!/^\d+$/.test(whole)) return [];
  const value = Number(whole);
  const isYear = fraction === undefined && whole.length === 4 && value >= 1100 && value < 2100 && !token.includes(',');
  const wholeWords = isYear ? yearWords(value) : cardinalWords(value);
  if (fraction === undefined || !/^\d+$/.test(fraction)) return wholeWords;
  return [...wholeWords, 'point', ...[...fraction].map((digit) => ONES[Number(digit)] ?? '')];
}
