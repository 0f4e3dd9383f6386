import { mkdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { FileKvStore, type Upload } from '@tus/utils';

/** Our upload ids are UUIDs (see the naming function); nothing else may name a file here. */
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

/**
 * tus's file config store rewrites an upload's info file in place; a crash in the middle would leave it
 * unreadable and the upload lost. This one writes a temporary file and renames it over the old one.
 */
class AtomicFileKvStore extends FileKvStore<Upload> {
  override async set(key: string, value: Upload): Promise<void> {
    if (!UPLOAD_ID.test(key)) throw new Error(`Not an upload id: ${key}`);
    const target = join(this.directory, `${key}.json`);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, target);
  }
}

/** Uploads in progress: each one's bytes in `<id>` and its info in `<id>.json`, under `directory`. */
export function createUploadStore(directory: string): FileStore {
  mkdirSync(directory, { recursive: true });
  return new FileStore({ directory, configstore: new AtomicFileKvStore(directory) });
}
