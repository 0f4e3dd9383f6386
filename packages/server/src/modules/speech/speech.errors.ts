import { DomainError } from '@rehearse/core';

/** Stable codes of the spoken path's expected failures; each message is safe to show to the candidate. */
export const speechErrors = {
  audioTooLarge: (bytes: number, limit: number) =>
    new DomainError('invalid', 'audio-too-large', `The recording is ${mb(bytes)} MB; the limit is ${mb(limit)} MB.`, {
      bytes,
      limit,
    }),
  audioTooLong: (seconds: number, limit: number) =>
    new DomainError(
      'invalid',
      'audio-too-long',
      `The recording lasts ${Math.round(seconds)} s; the limit is ${limit} s.`,
      { seconds, limit },
    ),
  audioUnsupported: (format: string) =>
    new DomainError(
      'invalid',
      'audio-unsupported',
      `Recordings in "${format}" are not accepted; send WAV, WebM/Opus or MP4/AAC.`,
      { format },
    ),
  audioCorrupt: (reason: string) =>
    new DomainError(
      'invalid',
      'audio-corrupt',
      'The recording could not be decoded; it may be damaged or incomplete.',
      { reason },
    ),
  audioSilent: (maxVolumeDb: number) =>
    new DomainError(
      'invalid',
      'audio-silent',
      'The recording is silent; check that the microphone is on and not muted.',
      { maxVolumeDb },
    ),
  toolMissing: (tool: string, hint: string) =>
    new DomainError('unavailable', 'speech-tool-missing', `"${tool}" is not installed: ${hint}`, { tool }),
  toolFailed: (tool: string, reason: string) =>
    new DomainError('unavailable', 'speech-tool-failed', `"${tool}" failed while processing the recording.`, {
      tool,
      reason,
    }),
  toolTimedOut: (tool: string, seconds: number) =>
    new DomainError('unavailable', 'speech-tool-timeout', `"${tool}" took longer than ${seconds} s and was stopped.`, {
      tool,
      seconds,
    }),
  endpointFailed: (status: number, reason: string) =>
    new DomainError(
      'unavailable',
      'transcription-endpoint-failed',
      `The transcription service answered ${status}: ${reason}`,
      { status },
    ),
  endpointUnreachable: (reason: string) =>
    new DomainError(
      'unavailable',
      'transcription-endpoint-unreachable',
      `The transcription service could not be reached: ${reason}`,
    ),
  endpointInvalidResponse: (reason: string) =>
    new DomainError(
      'unavailable',
      'transcription-endpoint-invalid',
      `The transcription service sent an unexpected response: ${reason}`,
    ),
};

function mb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
