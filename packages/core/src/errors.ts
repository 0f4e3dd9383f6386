/** The kinds of failure the domain reports; the HTTP edge maps each kind to a status. */
export type DomainErrorKind =
  'not-found' | 'forbidden' | 'unauthenticated' | 'invalid' | 'conflict' | 'rate-limited' | 'unavailable';

/** An expected failure with a stable code that clients may rely on. Its message is safe to show. */
export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: DomainErrorKind, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError('not-found', `${what}-not-found`, `No ${what} with id "${id}" is visible to you.`);
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message);
export const invalid = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid', code, message, details);
