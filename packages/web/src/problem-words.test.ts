import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from './api.ts';
import { plainError, plainProblem } from './problem-words.ts';

const problem = (status: number, title: string, code?: string, detail?: string, extra: Partial<Problem> = {}) =>
  ({ type: `https://rehearse.dev/problems/${code ?? 'x'}`, title, status, code, detail, ...extra }) as Problem;

describe('a problem in plain words', () => {
  it('never shows the name of an HTTP status', () => {
    const statuses: [number, string][] = [
      [400, 'Bad Request'],
      [401, 'Unauthorized'],
      [403, 'Forbidden'],
      [404, 'Not Found'],
      [409, 'Conflict'],
      [422, 'Unprocessable Content'],
      [429, 'Too Many Requests'],
      [500, 'Internal Server Error'],
      [503, 'Service Unavailable'],
    ];
    for (const [status, title] of statuses) {
      const { message } = plainProblem(problem(status, title, undefined, status < 500 ? 'Plain words.' : undefined));
      expect(message).not.toContain(title);
      expect(message.length).toBeGreaterThan(5);
    }
  });

  it('says what the sign-in and sign-up problems mean', () => {
    expect(
      plainProblem(problem(409, 'Conflict', 'email-taken', 'An account with this email already exists.')).message,
    ).toMatch(/^That email already has an account/);
    expect(
      plainProblem(problem(401, 'Unauthorized', 'invalid-email-or-password', 'Invalid email or password')).message,
    ).toBe('Wrong email or password.');
    expect(
      plainProblem(problem(429, 'Too Many Requests', 'bad-request', 'Rate limit exceeded, retry in 59 seconds'))
        .message,
    ).toBe('Too many tries: wait a minute, then try again.');
    expect(
      plainProblem(problem(429, 'Too Many Requests', 'bad-request', 'Rate limit exceeded, retry in 12 seconds'))
        .message,
    ).toBe('Too many tries: wait 12 seconds, then try again.');
  });

  it('leaves out a password checker’s internal hint', () => {
    const weak = problem(
      422,
      'Unprocessable Content',
      'password-too-weak',
      'This password is too easy to guess: topTen.',
      {
        errors: [{ field: 'body.password', message: 'This password is too easy to guess: topTen.' }],
      },
    );
    expect(plainProblem(weak)).toEqual({
      message: 'This password is too easy to guess. Try a few unrelated words together.',
      fields: [],
    });
  });

  it('shows a detail written for people, and each invalid field by its name', () => {
    expect(
      plainProblem(problem(422, 'Unprocessable Content', 'no-questions-match', 'No questions match; widen the choice.'))
        .message,
    ).toBe('No questions match; widen the choice.');
    const invalid = plainProblem(
      problem(400, 'Bad Request', 'validation-failed', 'The request is not valid; see errors for each invalid field.', {
        errors: [{ field: 'body.email', message: 'Invalid email address' }],
      }),
    );
    expect(invalid).toEqual({
      message: 'Some fields need another look:',
      fields: [{ field: 'Email', message: 'Invalid email address' }],
    });
  });

  it('keeps internal names and server trouble out of sight', () => {
    const transition = problem(
      409,
      'Conflict',
      'interview-invalid-transition',
      'Cannot "begin-answer" while the interview is wrap-up.',
    );
    expect(plainProblem(transition).message).not.toMatch(/wrap-up|begin-answer/);
    expect(
      plainProblem(problem(503, 'Service Unavailable', 'speech-tool-missing', '"ffmpeg" is not installed')).message,
    ).not.toContain('ffmpeg');
  });

  it('words a failed connection and an unknown error too', () => {
    expect(plainError(new TypeError('Failed to fetch')).message).toMatch(/cannot be reached/);
    expect(plainError(new ApiError(problem(409, 'Conflict', 'email-taken'))).message).toMatch(/already has an account/);
    expect(plainError(new Error('boom')).message).toBe('Something went wrong. Try again in a moment.');
  });
});
