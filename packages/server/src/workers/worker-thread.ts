// Entry point of one pool thread: loads the functions module named in workerData and runs requests in turn.
import { parentPort, workerData } from 'node:worker_threads';
import { receiveShared } from './worker-shared.ts';

export interface WorkRequest {
  id: number;
  name: string;
  args: unknown[];
}

/** A value for every call of this thread to read (see worker-shared.ts), not a call. */
export interface ShareMessage {
  share: string;
  value: unknown;
}

export type WorkResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

type FunctionTable = Record<string, (...args: unknown[]) => unknown>;

const { moduleUrl } = workerData as { moduleUrl: string };
const loaded = (await import(moduleUrl)) as {
  workerFunctions: FunctionTable;
  /** Called when a value is shared, to prepare what the functions derive from it before the next call. */
  onShared?: (key: string) => void;
};
const functions = loaded.workerFunctions;

async function run(request: WorkRequest): Promise<WorkResponse> {
  try {
    const fn = Object.hasOwn(functions, request.name) ? functions[request.name] : undefined;
    if (!fn) throw new Error(`No worker function named "${request.name}".`);
    return { id: request.id, ok: true, value: await fn(...request.args) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { id: request.id, ok: false, error: { name, message } };
  }
}

parentPort?.on('message', (message: WorkRequest | ShareMessage) => {
  if ('share' in message) {
    receiveShared(message.share, message.value);
    return loaded.onShared?.(message.share);
  }
  void run(message).then((response) => parentPort?.postMessage(response));
});
