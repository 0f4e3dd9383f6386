// Where uploads in progress live, as the upload service needs it: tus's data store, a file with a finished
// upload's bytes for the intake (hashing, ffmpeg), and the growing file that live transcription follows. Local
// files by default (upload-store.ts); object storage in a deployment with several web processes, so that any of
// them can resume any upload (storage/s3-uploads.ts).
import { join } from 'node:path';
import type { DataStore } from '@tus/utils';
import { createUploadStore } from './upload-store.ts';

export interface LocalCopy {
  path: string;
  /** Removes the copy when it was made for the caller; leaves an upload's own file alone. */
  release(): Promise<void>;
}

export interface UploadArea {
  datastore: DataStore;
  /** A file on this machine holding the finished upload's bytes. */
  localCopy(id: string): Promise<LocalCopy>;
  /** The upload's file while it grows, when it is on this machine; undefined elsewhere (no live transcription). */
  growingFile(id: string): string | undefined;
}

export function createLocalUploadArea(directory: string): UploadArea {
  const fileOf = (id: string) => join(directory, id);
  return {
    datastore: createUploadStore(directory),
    localCopy: (id) => Promise.resolve({ path: fileOf(id), release: () => Promise.resolve() }),
    growingFile: fileOf,
  };
}
