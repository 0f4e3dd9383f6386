// The scaled deployment under faults, on PostgreSQL and the S3 server (scripts/topology.ts): 2 web and 2 worker
// processes behind a round-robin proxy. 20 candidates answer through whichever web process the proxy picks, 16
// typed and 4 spoken (a WAV spoken by flite, uploaded with tus, transcribed by a worker with PocketSphinx from the
// S3 bucket), while one of them uploads a large recording; a worker is killed with SIGKILL while it runs an analysis and
// a web process while the upload goes through it, and each is replaced as an orchestrator would. Every upload must
// arrive with its SHA-256, every answer be analysed exactly once, and every candidate's event stream hear its
// answer's analysis exactly once, reconnecting where its web process died.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTopology, type Topology } from '../../../scripts/topology.ts';
import { availableDialects } from './helper.ts';
import { skipWithoutBinaries } from '../src/modules/speech/speech-test-support.ts';
import { startUpload } from './listening-app.ts';
import { Candidate, SPEECH_BINARIES, SPOKEN_ANSWERS, spokenRecordings, type View } from './topology-candidate.ts';

const hasPostgres = (await availableDialects()).includes('postgres');
const CANDIDATES = 20;
// Without PocketSphinx and flite (a developer's machine: skipped loudly; CI: fails), every candidate types.
const speechMissing = hasPostgres && (await skipWithoutBinaries('topology: spoken answers', SPEECH_BINARIES));
const SPOKEN = speechMissing ? 0 : SPOKEN_ANSWERS.length;
/** The last SPOKEN candidates answer by voice. */
const spokenIndex = (index: number) => index - (CANDIDATES - SPOKEN);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!hasPostgres)('two web and two worker processes under faults', () => {
  let topology: Topology;
  let db: pg.Client;
  let recordings: Buffer[] = [];

  beforeAll(async () => {
    [topology, recordings] = await Promise.all([
      startTopology({ webs: 2, workers: 2, env: { JOB_CONCURRENCY: '2' } }),
      spokenRecordings(SPOKEN_ANSWERS.slice(0, SPOKEN)),
    ]);
    db = new pg.Client({ connectionString: topology.databaseUrl });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await topology?.stop();
  });

  const analysisJobs = async () =>
    (
      await db.query<{ status: string; locked_by: string | null }>(
        "select status, locked_by from jobs where type = 'analyse-turn'",
      )
    ).rows;

  it('loses no upload, analyses each answer once and tells each browser, while a worker and a web process die', async () => {
    const began = performance.now();
    const candidates = Array.from({ length: CANDIDATES }, (_, index) => new Candidate(topology.url, index));
    await Promise.all(candidates.map((candidate) => candidate.signUp()));
    const views = await Promise.all(candidates.map((candidate) => candidate.startInterview()));
    const listening = new AbortController();
    await Promise.all(
      candidates.map(
        (candidate, index) =>
          new Promise<void>((connected) => void candidate.listen(views[index]!.id, listening.signal, connected)),
      ),
    );

    // A recording uploaded through the proxy, in chunks that land on both web processes in turn.
    const bytes = randomBytes(3 * 1024 * 1024);
    let accepted = 0;
    const upload = startUpload(bytes, {
      endpoint: `${topology.url}/files`,
      chunkSize: 384 * 1024,
      retryDelays: [0, 100, 250, 500, 1000, 2000],
      metadata: { filetype: 'video/mp4' },
      headers: candidates[0]!.headers(),
      onChunkComplete: (_size, total) => void (accepted = total),
    });

    const answer = (candidate: Candidate, view: View, index: number) =>
      spokenIndex(index) >= 0 ? candidate.answerSpoken(view, recordings[spokenIndex(index)]!) : candidate.answer(view);
    const answering = Promise.all(candidates.map((candidate, index) => answer(candidate, views[index]!, index)));

    // SIGKILL the first worker while it holds an analysis (its worker id names its process id).
    const victim = topology.workers[0]!;
    const held = await until(analysisJobs, (jobs) =>
      jobs.some((job) => job.status === 'running' && job.locked_by?.includes(`:${victim.child.pid}:`)),
    );
    const killedMidJob = held.some(
      (job) => job.status === 'running' && job.locked_by?.includes(`:${victim.child.pid}:`),
    );
    await topology.kill(victim, 'SIGKILL');

    // SIGKILL a web process halfway through the upload.
    await until(
      () => Promise.resolve(accepted),
      (bytesIn) => bytesIn >= bytes.length / 3,
    );
    const killedMidUpload = accepted < bytes.length;
    await topology.kill(topology.webs[0]!, 'SIGKILL');
    // The orchestrator replaces both; a new worker on this host releases at once what the dead one held.
    await Promise.all([topology.startWorker(), topology.startWeb()]);

    await upload.done;
    const spokenRecordingIds = (await answering).slice(CANDIDATES - SPOKEN) as string[];
    const id = upload.upload.url?.split('/').at(-1) ?? '';
    const meta = await candidates[0]!.call<{ sha256: string; bytes: number }>('GET', `/api/v1/recordings/${id}/meta`);
    expect(meta).toEqual(expect.objectContaining({ sha256: sha256(bytes), bytes: bytes.length }));

    const jobs = await until(analysisJobs, (rows) => rows.every((job) => job.status === 'succeeded'));
    expect(jobs).toHaveLength(CANDIDATES);
    expect(jobs.every((job) => job.status === 'succeeded')).toBe(true);
    const analysed = (candidate: Candidate) =>
      candidate.updates.filter((update) => update.reason === 'turn-analysed' && update.turnId === '0.0');
    await until(
      () => Promise.resolve(candidates.map(analysed)),
      (heard) => heard.every((updates) => updates.length >= 1),
    );
    listening.abort();
    expect(candidates.map((candidate) => analysed(candidate).length)).toEqual(candidates.map(() => 1));
    type Turn = { status: string; mode: string; spoken: { transcript: { text: string; engine: string } } | null };
    const views2 = await Promise.all(
      candidates.map((candidate, index) =>
        candidate.call<{ turns: Turn[] }>('GET', `/api/v1/interviews/${views[index]!.id}`),
      ),
    );
    expect(views2.map((view) => view.turns[0]?.status)).toEqual(candidates.map(() => 'analysed'));

    // Each spoken answer: its recording arrived whole, and a worker heard words in it.
    const spokenCandidates = candidates.slice(CANDIDATES - SPOKEN);
    const metas = await Promise.all(
      spokenCandidates.map((candidate, index) =>
        candidate.call<{ sha256: string }>('GET', `/api/v1/recordings/${spokenRecordingIds[index]}/meta`),
      ),
    );
    expect(metas.map((recording) => recording.sha256)).toEqual(recordings.map(sha256));
    const spokenTurns = views2.slice(CANDIDATES - SPOKEN).map((view) => view.turns[0]!);
    expect(spokenTurns.map((turn) => turn.mode)).toEqual(spokenTurns.map(() => 'audio'));
    expect(spokenTurns.map((turn) => turn.spoken?.transcript.engine)).toEqual(spokenTurns.map(() => 'pocketsphinx'));
    for (const turn of spokenTurns) expect(turn.spoken?.transcript.text.trim()).not.toBe('');

    // What the run exercised, for the record (the kills are timed on live progress, so say whether they landed).
    console.info(
      `topology: worker killed mid-job: ${killedMidJob}; web killed mid-upload: ${killedMidUpload}; ` +
        `spoken answers: ${SPOKEN}; event streams reconnected: ${candidates.reduce((sum, candidate) => sum + candidate.reconnections, 0)}; ` +
        `${Math.round(performance.now() - began)} ms`,
    );
    expect(killedMidUpload).toBe(true);
    expect(candidates.some((candidate) => candidate.reconnections > 0)).toBe(true);
  }, 90_000);
});
