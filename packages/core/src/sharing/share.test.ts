import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  assertMomentInRecording,
  assertNotSelf,
  assertSentenceInAnswer,
  assertShareOpen,
  formatMoment,
  shareExpiry,
  shareStatus,
  transcriptSentences,
} from './share.ts';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const codeOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a domain error: ${String(error)}`;
  }
  return 'no error';
};

describe('share status', () => {
  it('is active until it expires, then expired', () => {
    const share = { revokedAt: null, expiresAt: '2026-12-08T12:00:00.000Z' };
    expect(shareStatus(share, NOW)).toBe('active');
    expect(shareStatus(share, new Date('2026-12-08T12:00:00.000Z'))).toBe('expired');
  });

  it('never expires without an expiry, and a revoked share says revoked even once expired', () => {
    expect(shareStatus({ revokedAt: null, expiresAt: null }, new Date('2099-01-01'))).toBe('active');
    const both = { revokedAt: '2026-12-01T00:00:00.000Z', expiresAt: '2026-12-02T00:00:00.000Z' };
    expect(shareStatus(both, NOW)).toBe('revoked');
  });

  it('tells a coach why a share no longer opens', () => {
    expect(codeOf(() => assertShareOpen({ revokedAt: NOW.toISOString(), expiresAt: null }, NOW))).toBe('share-revoked');
    expect(codeOf(() => assertShareOpen({ revokedAt: null, expiresAt: '2026-12-01T00:00:00.000Z' }, NOW))).toBe(
      'share-expired',
    );
    expect(codeOf(() => assertShareOpen({ revokedAt: null, expiresAt: null }, NOW))).toBe('no error');
  });
});

describe('share expiry', () => {
  it('counts whole days from now', () => {
    expect(shareExpiry(NOW, 7)).toBe('2026-12-14T12:00:00.000Z');
  });

  it.each([0, 31, 1.5, -2])('refuses %s days', (days) => {
    expect(codeOf(() => shareExpiry(NOW, days))).toBe('share-expiry-out-of-range');
  });
});

describe('sharing with oneself', () => {
  const owner = { id: 'u1', email: 'Ann@Example.com' };
  it('is refused by id or by the same email in another case', () => {
    expect(codeOf(() => assertNotSelf(owner, { id: 'u1', email: 'other@example.com' }))).toBe('share-to-self');
    expect(codeOf(() => assertNotSelf(owner, { email: ' ann@example.com ' }))).toBe('share-to-self');
    expect(codeOf(() => assertNotSelf(owner, { id: 'u2', email: 'coach@example.com' }))).toBe('no error');
  });
});

describe('a comment at a moment of a recording', () => {
  it('may sit anywhere from the start to the very end', () => {
    expect(codeOf(() => assertMomentInRecording(0, 14.2))).toBe('no error');
    expect(codeOf(() => assertMomentInRecording(12, 14.2))).toBe('no error');
    expect(codeOf(() => assertMomentInRecording(14.2, 14.2))).toBe('no error');
  });

  it('is refused past the end, before the start, or when the length is unknown', () => {
    expect(codeOf(() => assertMomentInRecording(14.3, 14.2))).toBe('comment-past-recording-end');
    expect(codeOf(() => assertMomentInRecording(-1, 14.2))).toBe('comment-time-invalid');
    expect(codeOf(() => assertMomentInRecording(Number.NaN, 14.2))).toBe('comment-time-invalid');
    expect(codeOf(() => assertMomentInRecording(3, null))).toBe('recording-duration-unknown');
  });

  it('names the recording’s length in the refusal', () => {
    expect(() => assertMomentInRecording(75, 62.5)).toThrow('The recording lasts 1:02; a comment at 1:15');
  });
});

describe('a comment on a sentence of the transcript', () => {
  const answer = 'An index is a sorted copy. It speeds reads! Does it slow writes? Yes';
  it('splits an answer into its sentences', () => {
    expect(transcriptSentences(answer)).toEqual([
      'An index is a sorted copy.',
      'It speeds reads!',
      'Does it slow writes?',
      'Yes',
    ]);
    expect(transcriptSentences('   ')).toEqual([]);
  });

  it('must name one of them', () => {
    expect(codeOf(() => assertSentenceInAnswer(3, answer))).toBe('no error');
    expect(codeOf(() => assertSentenceInAnswer(4, answer))).toBe('comment-sentence-out-of-range');
    expect(codeOf(() => assertSentenceInAnswer(0, null))).toBe('comment-sentence-out-of-range');
  });
});

it('formats a moment as a player shows it', () => {
  expect(formatMoment(12)).toBe('0:12');
  expect(formatMoment(75.9)).toBe('1:15');
});
