import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../jobs/job-queue.ts';
import { createMetrics } from './metrics.ts';

describe('metrics', () => {
  it('records the real-time factor of each transcription by path, and ignores empty audio', async () => {
    const metrics = createMetrics();
    metrics.observeTranscription({ audioSeconds: 10, seconds: 3, heardLive: false });
    metrics.observeTranscription({ audioSeconds: 20, seconds: 0.2, heardLive: true });
    metrics.observeTranscription({ audioSeconds: 0, seconds: 1, heardLive: false });
    const { body } = await metrics.exposition();
    expect(body).toContain('rehearse_transcription_real_time_factor_sum{path="recording"} 0.3');
    expect(body).toContain('rehearse_transcription_real_time_factor_count{path="recording"} 1');
    expect(body).toContain('rehearse_transcription_real_time_factor_bucket{le="0.01",path="live"} 1');
  });

  it('times a job from running to its outcome, and reads the depth at each scrape', async () => {
    const metrics = createMetrics();
    let listener: (event: JobEvent) => void = () => {};
    let waiting = 4;
    metrics.watchQueue({
      onEvent: (l) => ((listener = l), () => {}),
      depth: () => Promise.resolve({ 'check-code': waiting }),
    });
    listener({ jobId: 'j1', type: 'check-code', status: 'running', attempt: 1 });
    listener({ jobId: 'j1', type: 'check-code', status: 'retrying', attempt: 1, error: 'x' });
    listener({ jobId: 'j2', type: 'check-code', status: 'succeeded', attempt: 1 });
    expect((await metrics.exposition()).body).toContain('rehearse_jobs_waiting{type="check-code"} 4');
    waiting = 0;
    const { body } = await metrics.exposition();
    expect(body).toContain('rehearse_jobs_waiting{type="check-code"} 0');
    expect(body).toContain('rehearse_job_duration_seconds_count{type="check-code",outcome="retrying"} 1');
    // A job whose start this process did not see is not timed.
    expect(body).not.toContain('outcome="succeeded"');
  });
});
