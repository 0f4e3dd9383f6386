// Entry point of one pool thread: loads the functions module named in workerData and runs requests in turn.
import { parentPort, workerData } from 'node:worker_threads';

export interface WorkRequest {
  id: number;
  name: string;
  args: unknown[];
}

export type WorkResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

type FunctionTable = Record<string, (...args: unknown[]) => unknown>;

const { moduleUrl } = workerData as { moduleUrl: string };
const loaded = (await import(moduleUrl)) as { workerFunctions: FunctionTable };
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

parentPort?.on('message', (request: WorkRequest) => {
  void run(request).then((response) => parentPort?.postMessage(response));
});
