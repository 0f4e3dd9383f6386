// Turns a finished upload into a recording: hash the bytes as uploaded, fix the container where needed, store
// the file (a rename into DATA_DIR/recordings, or an upload to the bucket), record it, tell the rest of the app,
// and only then remove the upload. Safe to repeat: a crash at any step leaves the upload in place and the next attempt redoes what is
// missing; a recorded upload is not recorded again, but the rest of the app is told again.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Recording, RecordingService } from '../recordings/recordings.service.ts';
import type { ObjectStorage } from '../storage/object-storage.ts';
import type { LocalCopy } from './upload-area.ts';
import { baseType, extensionFor, linkOrCopy, probeDurationSec, remuxWebm, sha256OfFile } from './media-files.ts';

export interface FinishedUpload {
  id: string;
  ownerId: string;
  answerId: string | null;
  filetype: string;
}

/** Must be idempotent: after a crash between the recording and the upload's removal it runs again. */
export type RecordingReadyHook = (recording: Recording) => Promise<void>;

export interface RecordingIntakeDeps {
  dataDir: string;
  recordings: Pick<RecordingService, 'add' | 'find'>;
  /** Where recordings are kept. */
  storage: ObjectStorage;
  /** A file on this machine with a finished upload's bytes. */
  localCopy: (uploadId: string) => Promise<LocalCopy>;
  /** Removes the upload's files once the recording is safe. */
  discardUpload: (id: string) => Promise<void>;
  onRecordingReady: RecordingReadyHook;
  log: (message: string, details?: object) => void;
}

/** ffmpeg copies streams at disk speed; allow a minute plus a second per 10 MB before giving up. */
const remuxTimeoutMs = (bytes: number) => 60_000 + Math.ceil(bytes / 10_000_000) * 1000;

export function createRecordingIntake(deps: RecordingIntakeDeps) {
  const recordingsDir = join(deps.dataDir, 'recordings');
  const inFlight = new Map<string, Promise<Recording>>();

  /** Writes the final file beside the recordings (remuxed where needed), measured before it is stored. */
  async function prepareFile(upload: FinishedUpload, source: string) {
    const partial = join(recordingsDir, `${upload.id}.partial`);
    await mkdir(recordingsDir, { recursive: true });
    const isWebm = baseType(upload.filetype).endsWith('/webm');
    const size = (await stat(source)).size;
    if (!isWebm || !(await remuxWebm(source, partial, remuxTimeoutMs(size)))) {
      await linkOrCopy(source, partial);
    }
    return { partial, bytes: (await stat(partial)).size, durationSec: await probeDurationSec(partial) };
  }

  async function record(upload: FinishedUpload): Promise<Recording> {
    const copy = await deps.localCopy(upload.id);
    try {
      const sha256 = await sha256OfFile(copy.path);
      const prepared = await prepareFile(upload, copy.path);
      const path = join('recordings', `${upload.id}.${extensionFor(upload.filetype)}`);
      await deps.storage.put(path, prepared.partial);
      return await deps.recordings.add({
        ...{ id: upload.id, userId: upload.ownerId, answerId: upload.answerId, path, mime: upload.filetype },
        ...{ bytes: prepared.bytes, sha256, durationSec: prepared.durationSec, createdAt: new Date().toISOString() },
      });
    } finally {
      await copy.release();
    }
  }

  async function finalize(upload: FinishedUpload): Promise<Recording> {
    const recording = (await deps.recordings.find(upload.id)) ?? (await record(upload));
    // The upload stays until the hook has run: while it is there, a crash before the hook is redone by the next
    // attempt. The recording is safe whatever the hook does; its failure is logged, not turned into a failed upload.
    await deps.onRecordingReady(recording).catch((error: unknown) => {
      deps.log('onRecordingReady failed', { recordingId: recording.id, error: String(error) });
    });
    await deps.discardUpload(upload.id).catch((error: unknown) => {
      deps.log('finished upload could not be removed', { uploadId: upload.id, error: String(error) });
    });
    return recording;
  }

  return {
    /** Finalises a finished upload once, even when asked twice at the same time. */
    finalize(upload: FinishedUpload): Promise<Recording> {
      let pending = inFlight.get(upload.id);
      if (!pending) {
        pending = finalize(upload).finally(() => inFlight.delete(upload.id));
        inFlight.set(upload.id, pending);
      }
      return pending;
    },
  };
}

export type RecordingIntake = ReturnType<typeof createRecordingIntake>;
