import * as tus from 'tus-js-client';
import { chunkStore, type PendingUpload } from './chunk-store.ts';

/** Chunks arrive while the candidate speaks; tus reads them as a stream of unknown length. */
export class LiveChunks {
  private queue: Blob[] = [];
  private waiting: ((result: ReadableStreamReadResult<Blob>) => void) | null = null;
  private ended = false;

  push(chunk: Blob) {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: chunk, done: false });
    } else this.queue.push(chunk);
  }

  end() {
    this.ended = true;
    if (this.waiting && this.queue.length === 0) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ done: true, value: undefined });
    }
  }

  read(): Promise<ReadableStreamReadResult<Blob>> {
    const next = this.queue.shift();
    if (next) return Promise.resolve({ value: next, done: false });
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  cancel() {
    this.end();
  }
}

const RETRY_DELAYS = [0, 1000, 2000, 4000, 8000, 15000, 30000, 30000, 60000];

function upload(source: Blob | LiveChunks, pending: PendingUpload, chunkSize: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const options: tus.UploadOptions = {
      endpoint: '/files',
      uploadLengthDeferred: true,
      chunkSize,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      storeFingerprintForResuming: false,
      metadata: {
        filename: `${pending.answerId}.${pending.mime.includes('mp4') ? 'mp4' : 'webm'}`,
        filetype: pending.mime,
        answerId: pending.answerId,
      },
      onUploadUrlAvailable: () => {
        if (!pending.uploadUrl && instance.url) {
          pending.uploadUrl = instance.url;
          void chunkStore.savePending(pending);
        }
      },
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    };
    if (pending.uploadUrl) options.uploadUrl = pending.uploadUrl;
    const instance = new tus.Upload(source, options);
    instance.start();
  });
}

export const chunkSizeFor = (mime: string) => (mime.startsWith('video') ? 512 * 1024 : 32 * 1024);

/** Streams a recording to the server while it is being made; resolves when the server has all of it. */
export async function uploadLive(live: LiveChunks, pending: PendingUpload): Promise<void> {
  await upload(live, pending, chunkSizeFor(pending.mime));
  await chunkStore.remove(pending.answerId);
}

/** Sends what a previous page (or a dropped connection) left behind, continuing where the server stopped. */
export async function resumePending(pending: PendingUpload): Promise<void> {
  const blob = await chunkStore.readAll(pending);
  if (blob.size === 0) {
    await chunkStore.remove(pending.answerId);
    return;
  }
  await upload(blob, { ...pending, finished: true }, chunkSizeFor(pending.mime));
  await chunkStore.remove(pending.answerId);
}
