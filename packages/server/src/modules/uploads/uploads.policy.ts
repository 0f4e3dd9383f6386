// What an upload must declare to be accepted, checked before any byte is stored. Failures are values that the
// route turns into problem documents.
import { Metadata } from '@tus/utils';
import type { ProblemInput } from '../../http/problem.ts';
import { problemType } from '../../http/problem.ts';

export interface UploadLimits {
  maxBytes: number;
}

export interface DeclaredUpload {
  filetype: string;
  answerId: string | null;
}

export type CreationCheck = { ok: true; upload: DeclaredUpload } | { ok: false; problem: ProblemInput };

/** audio/* or video/*, with optional parameters ("video/webm;codecs=vp8,opus"). */
const MEDIA_TYPE = /^(audio|video)\/[a-z0-9][a-z0-9.+-]{0,80}(\s*;[\x20-\x7e]{0,200})?$/i;
const ANSWER_ID = /^[\w.:-]{1,200}$/;

const reject = (status: number, code: string, detail: string): CreationCheck => ({
  ok: false,
  problem: { type: problemType(code), status, code, detail },
});

function parseMetadata(header: string | undefined): Record<string, string | null> | undefined {
  try {
    return header ? Metadata.parse(header) : {};
  } catch {
    return undefined;
  }
}

/** Checks a tus creation request (POST /files): its metadata and, when declared, its length. */
export function checkCreation(
  headers: Record<string, string | string[] | undefined>,
  limits: UploadLimits,
): CreationCheck {
  const metadata = parseMetadata(headers['upload-metadata'] as string | undefined);
  if (!metadata) return reject(400, 'invalid-upload-metadata', 'The Upload-Metadata header is malformed.');
  const filetype = metadata.filetype ?? '';
  if (!MEDIA_TYPE.test(filetype))
    return reject(
      415,
      'upload-type-not-allowed',
      'Only audio and video recordings are accepted (metadata "filetype").',
    );
  const answerId = metadata.answerId ?? null;
  if (answerId !== null && !ANSWER_ID.test(answerId))
    return reject(400, 'invalid-answer-id', 'The "answerId" metadata is not a valid answer id.');
  const declared = headers['upload-length'];
  if (typeof declared === 'string' && Number(declared) > limits.maxBytes)
    return reject(413, 'upload-too-large', `Recordings may be at most ${limits.maxBytes} bytes.`);
  return { ok: true, upload: { filetype, answerId } };
}
