// Sharing a candidate's sessions with a coach (#16): when a share still opens, what a link's expiry may be, and
// where on an answer a coach may comment. Times are passed in: the core reads no clock.
import { DomainError, forbidden, invalid } from '../errors.ts';

export type ShareVia = 'invitation' | 'link';
export type ShareStatus = 'active' | 'revoked' | 'expired';

/** What decides whether a share still opens: ISO-8601 times, null where it never happens. */
export interface ShareLifetime {
  revokedAt: string | null;
  expiresAt: string | null;
}

/** A link lasts at least a day and at most a month; a week unless the candidate says otherwise. */
export const SHARE_LINK_DAYS = { min: 1, max: 30, default: 7 } as const;

/** A coach's comment is a note, not an essay. */
export const COMMENT_MAX_CHARS = 2000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Revoked wins over expired: the candidate's act is the more useful thing to tell the coach. */
export function shareStatus(share: ShareLifetime, now: Date): ShareStatus {
  if (share.revokedAt !== null) return 'revoked';
  if (share.expiresAt !== null && Date.parse(share.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** Throws the reason a share no longer opens, in words the coach can act on. */
export function assertShareOpen(share: ShareLifetime, now: Date): void {
  const status = shareStatus(share, now);
  if (status === 'revoked')
    throw forbidden('share-revoked', 'The candidate has revoked this share: ask them to share again.');
  if (status === 'expired')
    throw forbidden('share-expired', 'This share has expired: ask the candidate for a new link.');
}

/** When a share made now for this many days stops opening. */
export function shareExpiry(now: Date, days: number): string {
  if (!Number.isInteger(days) || days < SHARE_LINK_DAYS.min || days > SHARE_LINK_DAYS.max)
    throw invalid(
      'share-expiry-out-of-range',
      `A share lasts from ${SHARE_LINK_DAYS.min} to ${SHARE_LINK_DAYS.max} days; ${days} is outside that.`,
    );
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A candidate cannot be their own coach: sharing with oneself would only hide a typo. */
export function assertNotSelf(owner: { id: string; email: string }, coach: { id?: string; email: string }): void {
  if (coach.id === owner.id || sameEmail(owner.email, coach.email))
    throw invalid('share-to-self', 'You cannot share with yourself: give your coach’s email or send them the link.');
}

/** A moment of a recording: from its start to its end, never past it. */
export function assertMomentInRecording(atSec: number, durationSec: number | null): void {
  if (!Number.isFinite(atSec) || atSec < 0)
    throw invalid('comment-time-invalid', 'A comment’s time is a number of seconds from the start, 0 or more.');
  if (durationSec === null)
    throw new DomainError(
      'conflict',
      'recording-duration-unknown',
      'This recording’s length is not known, so a comment cannot be placed on it: comment on a sentence instead.',
    );
  if (atSec > durationSec)
    throw invalid(
      'comment-past-recording-end',
      `The recording lasts ${formatMoment(durationSec)}; a comment at ${formatMoment(atSec)} is past its end.`,
      { durationSec },
    );
}

/** The sentences of an answer as a coach picks them: split after . ! or ? followed by a space. */
export function transcriptSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function assertSentenceInAnswer(index: number, answerText: string | null): void {
  const count = answerText ? transcriptSentences(answerText).length : 0;
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw invalid(
      'comment-sentence-out-of-range',
      count === 0
        ? 'This answer has no transcript to comment on.'
        : `This answer has ${count} sentence${count === 1 ? '' : 's'}; sentence ${index + 1} is not one of them.`,
      { sentences: count },
    );
}

/** 12 → "0:12", 75.4 → "1:15": how a player shows a moment. */
export function formatMoment(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
