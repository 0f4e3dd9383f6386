interface Message {
  id: string;
  bytes: number;
}

/** Packs messages, in order, into batches of at most `maxCount` messages and `maxBytes` bytes; returns their ids. */
export function batchMessages(messages: readonly Message[], maxCount: number, maxBytes: number): string[][] {
  if (!Array.isArray(messages)) throw new TypeError('messages must be an array');
  assertPositiveInteger(maxCount, 'maxCount');
  assertPositiveInteger(maxBytes, 'maxBytes');
  const batches: string[][] = [];
  let current: string[] = [];
  let currentBytes = 0;
  messages.forEach((message, index) => {
    assertValidMessage(message, index, maxBytes);
    const fits = current.length < maxCount && currentBytes + message.bytes <= maxBytes;
    if (!fits && current.length > 0) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(message.id);
    currentBytes += message.bytes;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

function assertValidMessage(message: Message, index: number, maxBytes: number): void {
  if (typeof message?.id !== 'string' || message.id === '') {
    throw new TypeError(`message ${index} must have a non-empty string id`);
  }
  if (!Number.isInteger(message.bytes) || message.bytes < 0) {
    throw new RangeError(`message ${index} must have a non-negative integer size in bytes`);
  }
  if (message.bytes > maxBytes) {
    throw new RangeError(`message "${message.id}" is ${message.bytes} bytes, more than a whole batch (${maxBytes})`);
  }
}
