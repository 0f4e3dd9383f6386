import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DomainError } from '@rehearse/core';
import { transcriptOfResponse, type VerboseTranscription } from './openai-response.ts';
import { speechErrors } from './speech.errors.ts';
import type { AudioInput, Availability, Transcriber, TranscribeOptions } from './transcriber.ts';

export interface OpenAiTranscriberSettings {
  /** e.g. "http://127.0.0.1:8000/v1" or "https://api.example.com" (then "/v1" is added). */
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  timeoutMs?: number;
  /** Spoken language hint (ISO 639-1), default "en". */
  language?: string;
  fetch?: typeof fetch;
}

export function transcriptionsUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return `${trimmed.endsWith('/v1') ? trimmed : `${trimmed}/v1`}/audio/transcriptions`;
}

async function audioBlob(audio: AudioInput): Promise<{ blob: Blob; fileName: string }> {
  if (typeof audio === 'string') {
    return { blob: new Blob([await readFile(audio)], { type: 'audio/wav' }), fileName: basename(audio) };
  }
  return { blob: new Blob([new Uint8Array(audio.bytes)], { type: audio.mimeType }), fileName: audio.fileName };
}

function requestBody(
  file: { blob: Blob; fileName: string },
  settings: OpenAiTranscriberSettings,
  options: TranscribeOptions,
): FormData {
  const form = new FormData();
  form.append('file', file.blob, file.fileName);
  form.append('model', settings.model);
  form.append('response_format', 'verbose_json');
  form.append('timestamp_granularities[]', 'word');
  form.append('timestamp_granularities[]', 'segment');
  form.append('language', settings.language ?? 'en');
  if (options.vocabularyHint) form.append('prompt', options.vocabularyHint.slice(0, 800));
  return form;
}

async function errorReason(response: Response): Promise<string> {
  const body = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } | string; detail?: string };
    const message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.detail);
    if (message) return message.slice(0, 300);
  } catch {
    // not JSON; fall through to the raw text
  }
  return body.slice(0, 300) || response.statusText;
}

function networkError(error: unknown, timeoutMs: number): DomainError {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return speechErrors.endpointUnreachable(`no answer within ${Math.round(timeoutMs / 1000)} s`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return speechErrors.endpointUnreachable(cause?.code ?? cause?.message ?? (error as Error).message);
}

/** A transcriber for any OpenAI-compatible `/v1/audio/transcriptions` endpoint (whisper servers, cloud APIs). */
export function createOpenAiTranscriber(settings: OpenAiTranscriberSettings): Transcriber {
  const doFetch = settings.fetch ?? fetch;
  const timeoutMs = settings.timeoutMs ?? 120_000;
  const headers: Record<string, string> = settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {};
  const engine = `openai-compatible:${settings.model}`;
  return {
    engine,
    async transcribe(audio: AudioInput, options: TranscribeOptions = {}) {
      const body = requestBody(await audioBlob(audio), settings, options);
      let response: Response;
      try {
        response = await doFetch(transcriptionsUrl(settings.baseUrl), {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw networkError(error, timeoutMs);
      }
      if (!response.ok) throw speechErrors.endpointFailed(response.status, await errorReason(response));
      let parsed: VerboseTranscription;
      try {
        parsed = (await response.json()) as VerboseTranscription;
      } catch (error) {
        throw speechErrors.endpointInvalidResponse(`not JSON (${(error as Error).message})`);
      }
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        (typeof parsed.text !== 'string' && !Array.isArray(parsed.words))
      ) {
        throw speechErrors.endpointInvalidResponse('neither "text" nor "words" in the body');
      }
      return transcriptOfResponse(parsed, engine);
    },
    async availability(): Promise<Availability> {
      try {
        await doFetch(transcriptionsUrl(settings.baseUrl).replace(/\/audio\/transcriptions$/, '/models'), {
          headers,
          signal: AbortSignal.timeout(3_000),
        });
        return { available: true, engine, missing: [] };
      } catch (error) {
        return { available: false, engine, missing: [`${settings.baseUrl}: ${networkError(error, 3_000).message}`] };
      }
    },
  };
}
