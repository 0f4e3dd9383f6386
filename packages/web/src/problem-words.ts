// What went wrong, in words a candidate acts on. A problem document's `title` is the HTTP status's name
// ("Conflict", "Unprocessable Content"): never shown. Its `detail` is written for people, and shown, except where it
// speaks to a program or an operator; those problems, known by their stable `code` or by their status, get words
// of their own here.
import { ApiError, type Problem } from './api.ts';

export interface PlainProblem {
  /** One or two sentences: what happened and what to do. */
  message: string;
  /** Each invalid field and what is wrong with it, for a form to show beside the message. */
  fields: { field: string; message: string }[];
}

const BY_CODE: Record<string, string> = {
  'email-taken': 'That email already has an account. Sign in instead, or use another email.',
  'invalid-email-or-password': 'Wrong email or password.',
  'password-too-weak': 'This password is too easy to guess. Try a few unrelated words together.',
  'sign-in-required': 'You are signed out. Sign in again to go on.',
  'origin-mismatch': 'This page is out of date. Reload it and try again.',
  'interview-moved-on': 'The interview moved on in another tab or window. It is up to date now: try again.',
  'interview-invalid-transition': 'That step does not fit where the interview is now. It is up to date: try again.',
  'voice-unavailable': 'The interviewer cannot speak on this server: read the question instead.',
  'transcription-unavailable':
    'Spoken answers cannot be transcribed on this server right now. Type your answer instead.',
};

const BY_STATUS: Record<number, string> = {
  401: 'You are signed out. Sign in again to go on.',
  404: 'This was not found: it may have been deleted, or it belongs to another account.',
  413: 'That is too large to send.',
  429: 'Too many tries: wait a minute, then try again.',
  500: 'Something went wrong on our side. Try again in a moment.',
  502: 'Rehearse cannot be reached right now. Try again in a moment.',
  503: 'This part of Rehearse is not available on this server right now. Try again later.',
  504: 'Rehearse took too long to answer. Try again in a moment.',
};

/** "body.email" → "Email". */
const fieldName = (field: string) => {
  const name = field.replace(/^(body|query|params|headers)\./, '').replaceAll('.', ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** A 429's wait, from "…retry in 42 seconds": a minute or more reads as "a minute". */
function tooMany(problem: Problem): string {
  const seconds = Number(/(\d+)\s*second/.exec(problem.detail ?? '')?.[1]);
  if (problem.code === 'sign-in-paused' && problem.detail) return problem.detail;
  return seconds > 0 && seconds < 45
    ? `Too many tries: wait ${seconds} seconds, then try again.`
    : (BY_STATUS[429] as string);
}

/** The words to show for a problem the API returned. */
export function plainProblem(problem: Problem): PlainProblem {
  const fields = (problem.errors ?? []).map((e) => ({ field: fieldName(e.field), message: e.message }));
  const known = problem.code ? BY_CODE[problem.code] : undefined;
  if (known) return { message: known, fields: problem.code === 'password-too-weak' ? [] : fields };
  if (problem.status === 429) return { message: tooMany(problem), fields: [] };
  if (problem.code === 'validation-failed' || (problem.status === 400 && fields.length > 0))
    return { message: 'Some fields need another look:', fields };
  // Other 400s are Fastify's words about the request itself (the JSON, a header): nothing a person can act on.
  if (problem.status === 400)
    return { message: 'Rehearse could not read that request. Reload the page and try again.', fields };
  const general = BY_STATUS[problem.status];
  if (problem.status >= 500 || problem.status === 401 || problem.status === 404 || !problem.detail)
    return { message: general ?? 'Something went wrong. Try again in a moment.', fields };
  return { message: problem.detail, fields };
}

/** The words to show for any error: an API problem, the network failing, or anything else. */
export function plainError(error: unknown): PlainProblem {
  if (error instanceof ApiError) return plainProblem(error.problem);
  // fetch rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError)
    return { message: 'Rehearse cannot be reached. Check your connection, then try again.', fields: [] };
  return { message: 'Something went wrong. Try again in a moment.', fields: [] };
}
