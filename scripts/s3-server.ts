// An S3-compatible server on loopback for tests, the topology script and local trials: fauxqs (an S3/SQS/SNS
// emulator from the npm registry) in this process. fauxqs does not answer ListParts, which tus's S3 store asks
// for every time it resumes an upload; we answer it here from fauxqs's own record of the upload's parts, so that
// resuming is tested against the same server as everything else. Usage: node scripts/s3-server.ts [port] [bucket]
import { buildApp } from 'fauxqs';

export interface S3Server {
  endpoint: string;
  port: number;
  bucket: string;
  /** Settings in the environment variables the app reads (config.ts). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

interface FauxPart {
  partNumber: number;
  etag: string;
  body: Buffer;
  lastModified: Date;
}
interface FauxStore {
  createBucket(name: string): void;
  multipartUploads: Map<string, { bucket: string; key: string; parts: Map<number, FauxPart> }>;
}

const xmlText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function listPartsXml(uploadId: string, upload: { bucket: string; key: string; parts: Map<number, FauxPart> }) {
  const parts = [...upload.parts.values()].sort((a, b) => a.partNumber - b.partNumber);
  const body = parts
    .map(
      (part) =>
        `<Part><PartNumber>${part.partNumber}</PartNumber><LastModified>${part.lastModified.toISOString()}</LastModified>` +
        `<ETag>${xmlText(part.etag)}</ETag><Size>${part.body.length}</Size></Part>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
    `<Bucket>${xmlText(upload.bucket)}</Bucket><Key>${xmlText(upload.key)}</Key><UploadId>${uploadId}</UploadId>` +
    `<PartNumberMarker>0</PartNumberMarker><NextPartNumberMarker>${parts.at(-1)?.partNumber ?? 0}</NextPartNumberMarker>` +
    `<MaxParts>10000</MaxParts><IsTruncated>false</IsTruncated>${body}</ListPartsResult>`
  );
}

export async function startS3Server(options: { port?: number; bucket?: string } = {}): Promise<S3Server> {
  // The store class is not among the package's exports; its file is loaded directly so that we can read it.
  const storeUrl = new URL('s3/s3Store.js', import.meta.resolve('fauxqs'));
  const { S3Store } = (await import(storeUrl.href)) as { S3Store: new () => FauxStore };
  const store = new S3Store();
  const bucket = options.bucket ?? 'rehearse-recordings';
  store.createBucket(bucket);
  const app = buildApp({ logger: false, stores: { s3Store: store } as never });
  app.addHook('onRequest', async (request, reply) => {
    const uploadId = (request.query as Record<string, string | undefined>).uploadId;
    if (request.method !== 'GET' || !uploadId) return;
    const upload = store.multipartUploads.get(uploadId);
    if (!upload) return reply.status(404).type('application/xml').send('<Error><Code>NoSuchUpload</Code></Error>');
    return reply.type('application/xml').send(listPartsXml(uploadId, upload));
  });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    bucket,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'test',
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop: () => app.close(),
  };
}

if (import.meta.main) {
  const server = await startS3Server({ port: Number(process.argv[2] ?? 4566), bucket: process.argv[3] });
  console.log(JSON.stringify({ endpoint: server.endpoint, bucket: server.bucket }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
