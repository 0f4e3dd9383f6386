// Keeps every recorded chunk in IndexedDB until the server confirms the whole upload, so a dropped network, a
// reload or a server restart loses nothing that was recorded.

export interface PendingUpload {
  answerId: string;
  interviewId: string;
  mime: string;
  /** The tus upload's URL once the server created it; resuming continues there. */
  uploadUrl: string | null;
  /** The recorder stopped: no more chunks will come. */
  finished: boolean;
  chunkCount: number;
  startedAt: number;
}

const DB_NAME = 'rehearse-recordings';
const UPLOADS = 'uploads';
const CHUNKS = 'chunks';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(UPLOADS, { keyPath: 'answerId' });
      request.result.createObjectStore(CHUNKS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function run<T>(
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(stores, mode);
        const request = work(tx);
        tx.oncomplete = () => {
          db.close();
          resolve(request ? request.result : undefined);
        };
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      }),
  );
}

const chunkKey = (answerId: string, seq: number) => `${answerId}/${String(seq).padStart(8, '0')}`;

export const chunkStore = {
  savePending: (pending: PendingUpload) =>
    run([UPLOADS], 'readwrite', (tx) => tx.objectStore(UPLOADS).put(pending)).then(() => undefined),

  getPending: (answerId: string) =>
    run<PendingUpload>(
      [UPLOADS],
      'readonly',
      (tx) => tx.objectStore(UPLOADS).get(answerId) as IDBRequest<PendingUpload>,
    ),

  listPending: () =>
    run<PendingUpload[]>(
      [UPLOADS],
      'readonly',
      (tx) => tx.objectStore(UPLOADS).getAll() as IDBRequest<PendingUpload[]>,
    ).then((all) => all ?? []),

  appendChunk: (answerId: string, seq: number, chunk: Blob) =>
    run([CHUNKS], 'readwrite', (tx) => tx.objectStore(CHUNKS).put(chunk, chunkKey(answerId, seq))).then(
      () => undefined,
    ),

  /** Every chunk of a recording, in order, as one Blob. */
  async readAll(pending: PendingUpload): Promise<Blob> {
    const range = IDBKeyRange.bound(chunkKey(pending.answerId, 0), chunkKey(pending.answerId, 99_999_999));
    const chunks = await run<Blob[]>(
      [CHUNKS],
      'readonly',
      (tx) => tx.objectStore(CHUNKS).getAll(range) as IDBRequest<Blob[]>,
    );
    return new Blob(chunks ?? [], { type: pending.mime });
  },

  /** Forget a recording once the server has all of it. */
  remove: (answerId: string) =>
    run([UPLOADS, CHUNKS], 'readwrite', (tx) => {
      tx.objectStore(UPLOADS).delete(answerId);
      tx.objectStore(CHUNKS).delete(IDBKeyRange.bound(chunkKey(answerId, 0), chunkKey(answerId, 99_999_999)));
    }).then(() => undefined),
};
