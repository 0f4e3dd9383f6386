// Where finished recordings live: the storage port, and its embedded adapter (files under DATA_DIR). The scaled
// adapter (s3.storage.ts) keeps them in S3-compatible object storage, so that any web process can play back and
// any worker can transcribe a recording whichever process received it. Keys are relative paths
// ("recordings/<id>.webm"), the same on both, so a deployment can move its files to a bucket as they are.
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { Readable } from 'node:stream';

/** Inclusive byte offsets, as in an HTTP Range. */
export interface ByteSpan {
  start: number;
  end: number;
}

export interface ObjectStorage {
  readonly kind: 'local' | 's3';
  /** Stores a finished local file under `key`; the local file is consumed (moved or uploaded, then removed). */
  put(key: string, localFile: string): Promise<void>;
  /** The object's size in bytes; undefined when there is none. */
  size(key: string): Promise<number | undefined>;
  /** The object's bytes, whole or one span of them. */
  read(key: string, span?: ByteSpan): Promise<Readable>;
  /** Removes the object; nothing happens when it is already gone. */
  remove(key: string): Promise<void>;
  /** A file on this machine with the object's bytes, for tools that read files (ffmpeg, the recogniser). */
  localPath(key: string): Promise<string>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A key names a file below the root and nothing else: no absolute path, no way out with "..". */
export function safeKey(key: string): string {
  const normal = normalize(key);
  if (!key || normal.startsWith('..') || normal.startsWith('/') || normal !== key)
    throw new Error(`Not a storage key: ${key}`);
  return key;
}

/** Files under `root` (DATA_DIR): a put is a rename, atomic on one file system. */
export function createLocalStorage(root: string): ObjectStorage {
  const fileOf = (key: string) => join(root, safeKey(key));
  return {
    kind: 'local',
    async put(key, localFile) {
      await mkdir(dirname(fileOf(key)), { recursive: true });
      await rename(localFile, fileOf(key));
    },
    size: (key) =>
      stat(fileOf(key)).then(
        (stats) => stats.size,
        (error: unknown) => {
          if (isMissing(error)) return undefined;
          throw error;
        },
      ),
    read: (key, span) => Promise.resolve(createReadStream(fileOf(key), span ? { ...span } : {})),
    remove: (key) => rm(fileOf(key), { force: true }),
    localPath: (key) => Promise.resolve(fileOf(key)),
  };
}
