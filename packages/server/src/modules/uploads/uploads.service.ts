// Resumable uploads (tus) into DATA_DIR/uploads, owned by the user who created them. The tus server does the
// protocol and streams each PATCH body straight to disk; this module adds ownership and the hand-over of a
// finished upload to the recording intake.
import { problemsForRawErrors } from '../../http/problem.ts';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Server, type ServerOptions } from '@tus/server';
import type { Upload } from '@tus/utils';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Recording, RecordingService } from '../recordings/recordings.service.ts';
import type { ObjectStorage } from '../storage/object-storage.ts';
import { createLocalUploadArea, type UploadArea } from './upload-area.ts';
import { createRecordingIntake, type FinishedUpload, type RecordingReadyHook } from './recording-intake.ts';

export interface UploadServiceDeps {
  dataDir: string;
  maxBytes: number;
  /** Recordings one user may keep, in bytes; undefined: no quota. */
  quotaBytes?: number;
  recordings: Pick<RecordingService, 'add' | 'find' | 'bytesUsed'>;
  /** Where recordings are kept (the intake stores each finished upload there). */
  storage: ObjectStorage;
  /** Where uploads in progress live; default: files in DATA_DIR/uploads. */
  area?: UploadArea;
  onRecordingReady: RecordingReadyHook;
  /** Told as an answer's upload grows and when it is complete (live transcription listens). */
  liveListener?: UploadListener;
  log: (message: string, details?: object) => void;
}

export interface UploadListener {
  /** An answer's upload received more bytes and is not finished yet. */
  progressed(upload: { answerId: string; ownerId: string; path: string }): Promise<void>;
  /** An answer's upload has all its bytes; called before the upload is turned into a recording. */
  finished(answerId: string): void;
}

/** What a user may do with an upload id: nothing (not theirs, or unknown), resume it, or read its result. */
export type UploadAccess = { kind: 'none' } | { kind: 'in-progress' } | { kind: 'finished'; recording: Recording };

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0];

const TUS_PATH = '/files';
const isFinished = (upload: Upload) => upload.size !== undefined && upload.offset === upload.size;

export function createUploadService(deps: UploadServiceDeps) {
  const area = deps.area ?? createLocalUploadArea(join(deps.dataDir, 'uploads'));
  const store = area.datastore;
  /** The signed-in user of each request handed to tus, so that a new upload is stamped with its owner. */
  const owners = new WeakMap<object, string>();

  const intake = createRecordingIntake({
    dataDir: deps.dataDir,
    recordings: deps.recordings,
    storage: deps.storage,
    localCopy: (id) => area.localCopy(id),
    discardUpload: (id) => store.remove(id),
    onRecordingReady: deps.onRecordingReady,
    log: deps.log,
  });

  const finishedUpload = (upload: Upload): FinishedUpload => ({
    id: upload.id,
    ownerId: upload.metadata?.ownerId ?? '',
    answerId: upload.metadata?.answerId ?? null,
    filetype: upload.metadata?.filetype ?? 'application/octet-stream',
  });

  const ownerOf = (req: TusRequest) => {
    const raw = req.runtime?.node?.req;
    return raw ? owners.get(raw) : undefined;
  };

  const tus = new Server({
    path: TUS_PATH,
    datastore: store,
    maxSize: deps.maxBytes,
    relativeLocation: true,
    allowedOrigins: [],
    namingFunction: () => randomUUID(),
    // The id is the last segment of the path alone, exactly the `:id` the route checked the owner of; tus would
    // otherwise read it from the whole URL, so "/files/<mine>?x=/<theirs>" would act on someone else's upload.
    getFileIdFromRequest: (req) => uploadIdOfPath(new URL(req.url).pathname),
    // The owner is ours to say: whatever `ownerId` a client sends is replaced.
    onUploadCreate: (req, upload) => {
      const ownerId = ownerOf(req);
      if (!ownerId)
        return Promise.reject(Object.assign(new Error('no owner'), { status_code: 401, body: 'Sign in.\n' }));
      return Promise.resolve({ metadata: { ...upload.metadata, ownerId } });
    },
    onUploadFinish: async (_req, upload) => {
      const answerId = upload.metadata?.answerId;
      if (answerId) deps.liveListener?.finished(answerId);
      const recording = await intake.finalize(finishedUpload(upload));
      return { headers: { 'Recording-Id': recording.id } };
    },
    // tus would put an unexpected error's message in the body; it belongs in the log only.
    onResponseError: (_req, error) => {
      if (!(error instanceof Error) || 'status_code' in error) return undefined;
      deps.log('upload request failed', { error: error.message });
      return { status_code: 500, body: 'Something went wrong on our side.\n' };
    },
  });

  async function findUpload(id: string): Promise<Upload | undefined> {
    try {
      return await store.getUpload(id);
    } catch {
      return undefined;
    }
  }

  async function reportProgress(url: string): Promise<void> {
    const id = uploadIdOfPath(url.split('?')[0] ?? '') ?? '';
    const upload = deps.liveListener && id ? await findUpload(id) : undefined;
    const answerId = upload?.metadata?.answerId;
    const path = upload && area.growingFile(upload.id);
    if (!upload || !answerId || !path || isFinished(upload)) return;
    const growing = { answerId, ownerId: upload.metadata?.ownerId ?? '', path };
    await deps.liveListener?.progressed(growing).catch((error: unknown) => {
      deps.log('upload progress hook failed', { error: error instanceof Error ? error.message : String(error) });
    });
  }

  return {
    maxBytes: deps.maxBytes,

    /** Whether this user may start an upload of this many bytes (0 when the length is not declared yet). */
    async withinQuota(userId: string, declaredBytes: number): Promise<boolean> {
      if (deps.quotaBytes === undefined) return true;
      const used = await deps.recordings.bytesUsed(userId);
      return used < deps.quotaBytes && used + declaredBytes <= deps.quotaBytes;
    },

    /**
     * What this user may do with an upload. A finished upload whose finalisation was cut short (a crash between
     * the last byte and the recording) is finalised now, so that the client's resume finds it complete.
     */
    async access(id: string, userId: string): Promise<UploadAccess> {
      const upload = await findUpload(id);
      if (upload) {
        if (upload.metadata?.ownerId !== userId) return { kind: 'none' };
        if (!isFinished(upload)) return { kind: 'in-progress' };
        return { kind: 'finished', recording: await intake.finalize(finishedUpload(upload)) };
      }
      const found = await deps.recordings.find(id);
      return found?.userId === userId ? { kind: 'finished', recording: found } : { kind: 'none' };
    },

    /** Lets tus answer the request from here on, streaming its body to disk. */
    async handOver(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
      owners.set(request.raw, userId);
      void reply.hijack();
      problemsForRawErrors(request, reply);
      await tus.handle(request.raw, reply.raw);
      if (request.method === 'PATCH') await reportProgress(request.url);
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;

/** The upload id of a tus path ("/files/<id>"), decoded; undefined for anything that is not one plain segment. */
export function uploadIdOfPath(pathname: string): string | undefined {
  const segment = pathname.split('/').at(-1) ?? '';
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return id && !/[/\\\0]/.test(id) && id !== 'files' ? id : undefined;
}
