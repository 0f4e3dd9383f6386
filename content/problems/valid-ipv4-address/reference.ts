/** "255.255.255.255" is the longest address in dotted-decimal form. */
const MAX_ADDRESS_LENGTH = 15;
const PART_COUNT = 4;
const MAX_PART_VALUE = 255;
const DECIMAL_PART = /^(?:0|[1-9][0-9]{0,2})$/;

/** Whether the address is four dot-separated decimal parts from 0 to 255, without leading zeros. */
export function isValidIPv4(address: string): boolean {
  if (typeof address !== 'string') {
    throw new TypeError(`address must be a string, got ${address === null ? 'null' : typeof address}`);
  }
  if (address.length > MAX_ADDRESS_LENGTH) return false;
  const parts = address.split('.');
  return parts.length === PART_COUNT && parts.every(isValidPart);
}

function isValidPart(part: string): boolean {
  return DECIMAL_PART.test(part) && Number(part) <= MAX_PART_VALUE;
}
