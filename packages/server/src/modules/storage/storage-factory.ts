// The storage adapters a configuration asks for: local files under DATA_DIR (the embedded default), or an
// S3-compatible bucket for recordings and uploads alike. The S3 SDK is loaded only when configured.
import { join } from 'node:path';
import type { UploadArea } from '../uploads/upload-area.ts';
import { createLocalUploadArea } from '../uploads/upload-area.ts';
import { createLocalStorage, type ObjectStorage } from './object-storage.ts';
import type { S3Settings } from './s3.storage.ts';

export type StorageChoice = { kind: 'local' } | ({ kind: 's3' } & S3Settings);

export interface Storage {
  recordings: ObjectStorage;
  uploads: UploadArea;
}

export async function createStorage(choice: StorageChoice, dataDir: string): Promise<Storage> {
  if (choice.kind === 'local')
    return { recordings: createLocalStorage(dataDir), uploads: createLocalUploadArea(join(dataDir, 'uploads')) };
  const [{ createS3Storage }, { createS3UploadArea }] = await Promise.all([
    import('./s3.storage.ts'),
    import('./s3-uploads.ts'),
  ]);
  return {
    // A worker's copies of recordings for ffmpeg and the recogniser: a cache, safe to delete at any time.
    recordings: createS3Storage(choice, join(dataDir, 'cache', 'recordings')),
    uploads: createS3UploadArea(choice, join(dataDir, 'cache', 'uploads')),
  };
}
