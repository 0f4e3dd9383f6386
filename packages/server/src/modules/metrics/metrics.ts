// Prometheus metrics of one process: HTTP requests by route, the job queue's depth and job durations, and how
// fast speech is transcribed. Each process has its own registry (tests build many apps in one process); a scraper
// reads every process and sums, so nothing here is shared between processes.
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { JobEvent } from '../jobs/job-queue.ts';

/** The queue as the metrics see it: its events, and a count of what waits (asked at each scrape). */
export interface ObservedQueue {
  onEvent(listener: (event: JobEvent) => void): () => void;
  depth(): Promise<Record<string, number>>;
}

export interface TranscriptionSample {
  /** Length of the answer's audio. */
  audioSeconds: number;
  /** Time spent turning it into words after the answer ended. */
  seconds: number;
  /** True when the transcript heard while uploading was used (the recording was not decoded again). */
  heardLive: boolean;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const REAL_TIME_BUCKETS = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 4];

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rehearse_' });

  // A request's rate is the rate of this histogram's _count: one series serves both.
  const requests = new Histogram({
    name: 'rehearse_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status class, and how long each took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const jobs = new Histogram({
    name: 'rehearse_job_duration_seconds',
    help: 'Attempts of background jobs run by this process, by task and outcome',
    labelNames: ['type', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const realTime = new Histogram({
    name: 'rehearse_transcription_real_time_factor',
    help: 'Seconds spent transcribing per second of audio, after the answer ended (path: live or recording)',
    labelNames: ['path'] as const,
    buckets: REAL_TIME_BUCKETS,
    registers: [registry],
  });
  const queueDepth = new Gauge({
    name: 'rehearse_jobs_waiting',
    help: 'Jobs waiting to run in the shared queue, by task (the same figure from every process)',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  let observedQueue: ObservedQueue | undefined;
  const started = new Map<string, number>();

  const observeJob = (event: JobEvent) => {
    if (event.status === 'running') return void started.set(event.jobId, performance.now());
    const since = started.get(event.jobId);
    started.delete(event.jobId);
    if (since === undefined) return;
    jobs.observe({ type: event.type, outcome: event.status }, (performance.now() - since) / 1000);
  };

  return {
    registry,

    /** `route` is the matched template ("/api/v1/interviews/:id"), never the raw URL: the label set stays small. */
    observeRequest(method: string, route: string, statusCode: number, seconds: number) {
      requests.observe({ method, route, status: `${Math.floor(statusCode / 100)}xx` }, seconds);
    },

    /** Times each job from `running` to its outcome, and counts what waits whenever the metrics are read. */
    watchQueue(queue: ObservedQueue) {
      observedQueue = queue;
      queue.onEvent(observeJob);
    },

    observeTranscription(sample: TranscriptionSample) {
      if (sample.audioSeconds <= 0) return;
      realTime.observe({ path: sample.heardLive ? 'live' : 'recording' }, sample.seconds / sample.audioSeconds);
    },

    /** The text exposition format; the queue's depth is read now, so a scrape sees the current figure. */
    async exposition(): Promise<{ contentType: string; body: string }> {
      if (observedQueue) {
        const depth = await observedQueue.depth().catch(() => undefined);
        queueDepth.reset();
        for (const [type, waiting] of Object.entries(depth ?? {})) queueDepth.set({ type }, waiting);
      }
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
