import { describe, expect, it } from 'vitest';
import { parseMoment } from './sharing-api.ts';

describe('a moment typed as a player shows it', () => {
  it('reads minutes and seconds, or plain seconds', () => {
    expect(parseMoment('0:12')).toBe(12);
    expect(parseMoment(' 1:05 ')).toBe(65);
    expect(parseMoment('2:03.5')).toBe(123.5);
    expect(parseMoment('12')).toBe(12);
  });

  it('refuses what is not a moment', () => {
    expect(parseMoment('0:75')).toBeNull();
    expect(parseMoment('twelve')).toBeNull();
    expect(parseMoment('')).toBeNull();
    expect(parseMoment('-3')).toBeNull();
  });
});
