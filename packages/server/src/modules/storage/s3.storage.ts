// The scaled storage adapter: recordings as objects in an S3-compatible bucket (AWS S3, MinIO, Garage, R2…).
// Writes go through lib-storage's multipart upload (any size, 8-MB parts); reads ask for the byte range played.
// Tools that need a file get a copy in this process's cache directory, downloaded once and renamed into place.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { safeKey, type ObjectStorage } from './object-storage.ts';

export interface S3Settings {
  /** Absent: AWS's own endpoint for the region. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** Absent: the SDK's usual sources (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Bucket in the path rather than the host name (MinIO and most self-hosted servers want this). */
  forcePathStyle: boolean;
}

export const PART_BYTES = 8 * 1024 * 1024;

export function s3ClientConfig(settings: S3Settings) {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  };
}

const isNotFound = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404 || (error as Error).name === 'NoSuchKey' || (error as Error).name === 'NotFound';
};

export function createS3Storage(settings: S3Settings, cacheDir: string): ObjectStorage {
  const client = new S3Client(s3ClientConfig(settings));
  const Bucket = settings.bucket;
  const cachedFile = (key: string) => join(cacheDir, encodeURIComponent(safeKey(key)));

  async function download(key: string, target: string) {
    const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
    const partial = `${target}.${process.pid}.partial`;
    await mkdir(cacheDir, { recursive: true });
    await pipeline(object.Body as Readable, createWriteStream(partial));
    await rename(partial, target);
  }

  return {
    kind: 's3',
    async put(key, localFile) {
      const upload = new Upload({
        client,
        params: { Bucket, Key: safeKey(key), Body: createReadStream(localFile) },
        partSize: PART_BYTES,
        queueSize: 2,
      });
      await upload.done();
      await rm(localFile, { force: true });
    },
    async size(key) {
      try {
        return (await client.send(new HeadObjectCommand({ Bucket, Key: safeKey(key) }))).ContentLength;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async read(key, span) {
      const Range = span ? `bytes=${span.start}-${span.end}` : undefined;
      const object = await client.send(new GetObjectCommand({ Bucket, Key: safeKey(key), Range }));
      return object.Body instanceof Readable ? object.Body : Readable.from([]);
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: safeKey(key) }));
      await rm(cachedFile(key), { force: true });
    },
    async localPath(key) {
      const target = cachedFile(key);
      const cached = await stat(target).then(
        () => true,
        () => false,
      );
      if (!cached) await download(key, target);
      return target;
    },
  };
}
