// Uploads in progress in the bucket: tus's S3 store keeps each upload as a multipart upload plus an info object,
// named by the upload's id (a UUID, apart from the recordings under "recordings/"), so a client whose connection
// dropped can resume through any web process. Finished uploads are downloaded once
// for the intake (hash, remux) and the copy removed after.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3Store } from '@tus/s3-store';
import type { UploadArea } from '../uploads/upload-area.ts';
import { PART_BYTES, s3ClientConfig, type S3Settings } from './s3.storage.ts';

export function createS3UploadArea(settings: S3Settings, scratchDir: string): UploadArea {
  const config = s3ClientConfig(settings);
  const client = new S3Client(config);
  const datastore = new S3Store({
    partSize: PART_BYTES,
    s3ClientConfig: { ...config, bucket: settings.bucket },
  });
  return {
    datastore,
    async localCopy(id) {
      await mkdir(scratchDir, { recursive: true });
      const path = join(scratchDir, `${id}.${randomUUID()}`);
      const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: id }));
      await pipeline(object.Body as Readable, createWriteStream(path));
      return { path, release: () => rm(path, { force: true }) };
    },
    growingFile: () => undefined,
  };
}
