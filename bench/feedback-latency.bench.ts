// Feedback latency: the time from the end of a ~60 s spoken answer to its feedback being ready (target 3 s),
// against a typed answer's in the same interview, measured in the same run. The real server runs in a child
// process (fresh DATA_DIR, SQLite, the question bank, its job queue). The answer is spoken by flite and encoded
// as WebM/Opus the way a browser's MediaRecorder writes it (live: no duration, no cues), then sent as the web
// client does: a tus upload of unknown length created before "begin-answer", fed a chunk at the end of each
// second of speech and sent in 32 KB PATCHes. Real time matters, since the server may transcribe while the
// answer arrives; --fast sends the chunks at once instead. The answer ends when its last chunk is handed to the
// uploader and the answer is submitted (the client does not wait for the upload); feedback is ready when the
// interview's event stream reports the turn analysed and a refetch shows it, as the page does. Each run answers
// a fresh question, spoken then typed. --video answers on camera instead: VP8 at 2.5 Mb/s (Chrome's default
// for 640×480) with the same Opus audio, sent in the web client's 512 KB video chunks. Then --together (4)
// candidates, each signed in with an interview of their own, speak the same answer at once and end it at the same
// moment: their times against the one answer's median, the row of issue #12.
//   node bench/feedback-latency.bench.ts [--runs 3] [--together 4] [--fast] [--video]
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import * as tus from 'tus-js-client';
import { synthesizeSpeech } from '../packages/server/src/modules/speech/speech-synthesis.ts';
import { findOnPath } from '../packages/server/src/modules/speech/run-process.ts';
import { ANSWER } from './spoken-answer.ts';
import { clock, Client, freshQuestion, ORIGIN, type View } from './feedback-client.ts';
import { observeServer, type Mark } from './feedback-observer.ts';

const video = process.argv.includes('--video');
const MIME = video ? 'video/webm;codecs=vp8,opus' : 'audio/webm;codecs=opus';
/** The web client's chunk sizes (uploader.ts): 32 KB for audio, 512 KB for video. */
const CHUNK_BYTES = (video ? 512 : 32) * 1024;
const VIDEO_BITRATE = '2500k';
const OPUS_BITRATE = '64k';
const TARGET_MS = 3_000;
const option = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const runs = option('--runs', 3);
const together = option('--together', 4);
const fast = process.argv.includes('--fast');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');

// ── The server side: the real app as server.ts wires it, reporting what happens when ────────────────────────
async function serve(dataDir: string) {
  const { loadConfig } = await import('../packages/server/src/config.ts');
  const { createDependencies } = await import('../packages/server/src/composition.ts');
  const { buildApp } = await import('../packages/server/src/app.ts');
  const report = (mark: Mark) => void process.send!(mark);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: ORIGIN, WEB_DIST_DIR: dataDir });
  const observer = observeServer(report);
  const deps = await createDependencies(config, { onRecordingReady: observer.onRecordingReady });
  observer.wrap(deps);
  const app = await buildApp(deps, { logger: false });
  // The benchmark may stop at any point; the server goes with it.
  process.on('disconnect', () => process.exit(0));
  await app.listen({ port: 0, host: '127.0.0.1' });
  await deps.queue.start();
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
}

// ── The client side ───────────────────────────────────────────────────────────────────────────────────────────
/** Splits the time from the end of the answer into steps, from the server's marks. */
async function phases(
  client: Client,
  rowId: string,
  spoken: { questionId: string; blockedBefore: number } | null,
  t0: number,
  readyAt: number,
) {
  const spokenQuestion = spoken?.questionId;
  const [attached, start, transcribing, transcribed, end] = await Promise.all([
    spokenQuestion ? client.mark('attached', rowId, t0) : undefined,
    client.mark('job-start', rowId, t0),
    spokenQuestion ? client.mark('transcribe-start', spokenQuestion, t0) : undefined,
    spokenQuestion ? client.mark('transcribe-end', spokenQuestion, t0) : undefined,
    client.mark('job-end', rowId, t0),
  ]);
  const at = (mark: Mark | undefined) => mark?.at ?? NaN;
  return {
    totalMs: readyAt - t0,
    attachMs: at(attached) - t0,
    queueMs: at(start) - (attached ? at(attached) : t0),
    transcribeMs: at(transcribed) - at(transcribing),
    analyseMs: at(end) - (transcribed ? at(transcribed) : at(start)),
    deliverMs: readyAt - at(end),
    blockedMs: (end?.blockedMs ?? NaN) - (start?.blockedMs ?? NaN),
    longestStallMs: end?.longestStallMs ?? NaN,
    answerBlockedMs: (attached?.blockedMs ?? NaN) - (spoken?.blockedBefore ?? NaN),
    answerStallMs: attached?.longestStallMs ?? NaN,
  };
}

type Timing = Awaited<ReturnType<typeof phases>> & { uploadMs: number };

/** Spoken, then ended once `atEnd` allows (when every candidate answering together has reached the end). */
async function spokenTurn(
  client: Client,
  view: View,
  recording: SpokenRecording,
  atEnd = () => Promise.resolve(),
): Promise<[Timing, View]> {
  const { webm, audioSeconds, chunkCount } = recording;
  const turnId = view.current!.turnId;
  const rowId = `${view.id}:${turnId}`;
  const live = new PassThrough();
  let accepted = 0;
  let caughtUp: { bytes: number; resolve: () => void } | undefined;
  let uploadedAt = NaN;
  const uploaded = new Promise<void>((resolve, reject) => {
    const upload = new tus.Upload(live, {
      endpoint: `${client.baseUrl}/files`,
      uploadLengthDeferred: true,
      chunkSize: CHUNK_BYTES,
      retryDelays: null,
      headers: { cookie: client.cookie, origin: ORIGIN },
      metadata: { filename: `${rowId}.webm`, filetype: MIME, answerId: rowId },
      onChunkComplete: (_size, bytesAccepted) => {
        accepted = bytesAccepted;
        if (caughtUp && accepted >= caughtUp.bytes) caughtUp.resolve();
      },
      onSuccess: () => resolve(void (uploadedAt = clock())),
      onError: reject,
    });
    upload.start();
  });
  const blockedBefore = client.lastBlockedMs();
  const answering = await client.act(view, 'begin-answer');
  const size = Math.ceil(webm.length / chunkCount);
  const chunks = Array.from({ length: chunkCount }, (_, i) => webm.subarray(i * size, (i + 1) * size));
  const speaking = clock();
  if (fast) {
    // Every chunk but the last at once; the answer ends once the uploader has sent what real time would have let it.
    for (const chunk of chunks.slice(0, -1)) live.write(chunk);
    const spoken = chunks.slice(0, -1).reduce((bytes, chunk) => bytes + chunk.length, 0);
    const sent = spoken - (spoken % CHUNK_BYTES);
    await Promise.race([
      new Promise<void>((resolve) => (accepted >= sent ? resolve() : (caughtUp = { bytes: sent, resolve }))),
      uploaded, // settles early only if the upload fails
    ]);
  } else {
    // MediaRecorder hands over a chunk at the end of each second; the server may work on them as they arrive.
    for (const [i, chunk] of chunks.slice(0, -1).entries()) {
      await Promise.race([sleep(speaking + (i + 1) * 1000 - clock()), uploaded]);
      live.write(chunk);
    }
    await Promise.race([sleep(speaking + audioSeconds * 1000 - clock()), uploaded]);
  }

  await atEnd();
  const t0 = clock();
  live.end(chunks.at(-1));
  const body = { turnId, mode: video ? 'video' : 'audio', expectedVersion: answering.state.version };
  await client.call('POST', `/api/v1/interviews/${view.id}/answers`, body);
  const [ready] = await Promise.all([client.feedback(view, turnId), uploaded]);
  const timing = await phases(client, rowId, { questionId: view.current!.questionId, blockedBefore }, t0, ready.at);
  return [{ ...timing, uploadMs: uploadedAt - t0 }, ready.view];
}

async function typedTurn(client: Client, view: View): Promise<[Timing, View]> {
  const turnId = view.current!.turnId;
  const answering = await client.act(view, 'begin-answer');
  const t0 = clock();
  const body = { turnId, mode: 'typed', text: ANSWER, expectedVersion: answering.state.version };
  await client.call('POST', `/api/v1/interviews/${view.id}/answers`, body);
  const ready = await client.feedback(view, turnId);
  const timing = await phases(client, `${view.id}:${turnId}`, null, t0, ready.at);
  return [{ ...timing, uploadMs: NaN }, ready.view];
}

/**
 * A spoken answer like the browser's: flite → 16 kHz WAV (sox) → WebM/Opus written live by ffmpeg; with --video,
 * a moving test picture in VP8 beside the same audio.
 */
async function makeRecording(workDir: string) {
  const wav = join(workDir, 'answer.wav');
  await synthesizeSpeech(ANSWER, wav, 'slt');
  const webmPath = join(workDir, 'answer.webm');
  const args = ['-hide_banner', '-loglevel', 'error', '-y'];
  if (video) args.push('-f', 'lavfi', '-i', 'testsrc2=size=640x480:rate=30');
  args.push('-i', wav, '-ar', '48000', '-ac', '1');
  if (video) args.push('-c:v', 'libvpx', '-b:v', VIDEO_BITRATE, '-deadline', 'realtime', '-cpu-used', '8', '-shortest');
  args.push('-c:a', 'libopus', '-b:a', OPUS_BITRATE, '-live', '1', '-f', 'webm', webmPath);
  await promisify(execFile)('ffmpeg', args);
  const audioSeconds = ((await stat(wav)).size - 44) / 32_000;
  return { audioSeconds, chunkCount: Math.ceil(audioSeconds), webm: await readFile(webmPath) };
}

type SpokenRecording = Awaited<ReturnType<typeof makeRecording>>;

/** Candidates of their own, each in an interview, whose spoken answers end at the same moment. */
async function spokenTogether(baseUrl: string, marks: Mark[], recording: SpokenRecording, streams: AbortController) {
  const candidates = await Promise.all(
    Array.from({ length: together }, async (_, i) => {
      const client = new Client(baseUrl, marks);
      await client.signUp(`together-${i}@example.com`);
      return { client, view: await freshQuestion(client, null, streams) };
    }),
  );
  let arrived = 0;
  let release = () => {};
  const allThere = new Promise<void>((resolve) => (release = resolve));
  const atEnd = () => (++arrived === together && release(), allThere);
  const turns = candidates.map(({ client, view }) => spokenTurn(client, view, recording, atEnd));
  return (await Promise.all(turns)).map(([timing]) => timing.totalMs);
}

function printTogether(totals: number[], spoken: Timing[]) {
  const aloneMs = median(spoken.map((t) => t.totalMs));
  const ratio = (ms: number) => `${(ms / aloneMs).toFixed(2)}× (${seconds(ms)})`;
  console.log(`${together} spoken answers ending at once, each: ${totals.map(seconds).join(', ')}`);
  console.log(
    `ratio ${together} at once / one alone (${seconds(aloneMs)}): median ${ratio(median(totals))}, ` +
      `slowest ${ratio(Math.max(...totals))}; goal ≤ 1.5×`,
  );
}

function printFigures(spoken: Timing[], typed: Timing[], warm: Timing[]) {
  const column = (timings: Timing[], pick: (timing: Timing) => number) =>
    seconds(median(timings.map(pick))).padStart(10);
  const row = (label: string, pick: (timing: Timing) => number, both = true) =>
    console.log(`  ${label.padEnd(56)}${column(spoken, pick)}${both ? column(typed, pick) : ''}`);
  console.log(
    `${`median of ${runs} runs, each a fresh question`.padEnd(58)}${'spoken'.padStart(10)}${'typed'.padStart(10)}`,
  );
  row('end of answer → feedback ready', (t) => t.totalMs);
  row('  upload complete (client)', (t) => t.uploadMs, false);
  row('  recording stored and attached to the turn', (t) => t.attachMs, false);
  row('  waiting for the analysis job to start', (t) => t.queueMs);
  row('  transcription left after the answer', (t) => t.transcribeMs, false);
  row('  content analysis and storing', (t) => t.analyseMs);
  row('  event, then refetch by the page', (t) => t.deliverMs);
  row('server event loop blocked during the job', (t) => t.blockedMs);
  row('  longest single stall', (t) => t.longestStallMs);
  row('server event loop blocked while the answer was recorded', (t) => t.answerBlockedMs, false);
  row('  longest single stall', (t) => t.answerStallMs, false);
  const spokenMs = median(spoken.map((t) => t.totalMs));
  const typedMs = median(typed.map((t) => t.totalMs));
  const share = median(spoken.map((t) => t.transcribeMs / t.totalMs));
  console.log(
    `each run: spoken ${spoken.map((t) => seconds(t.totalMs)).join(', ')}; typed ${typed.map((t) => seconds(t.totalMs)).join(', ')}`,
  );
  console.log(
    `first answers after start (warm-up, not in the medians): spoken ${seconds(warm[0]!.totalMs)}, typed ${seconds(warm[1]!.totalMs)}`,
  );
  console.log(`transcription share of the spoken time: ${(share * 100).toFixed(0)} %`);
  console.log(`ratio spoken / typed feedback time: ${(spokenMs / typedMs).toFixed(1)}×`);
  console.log(
    `target < 3 s after a 60 s spoken answer: ${spokenMs < TARGET_MS ? 'met' : 'MISSED'} (${seconds(spokenMs)})`,
  );
}

async function main() {
  for (const tool of ['pocketsphinx_continuous', 'flite', 'sox', 'ffmpeg']) {
    if (!(await findOnPath(tool))) return console.warn(`feedback latency bench skipped: ${tool} is not installed`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'rehearse-bench-feedback-'));
  const marks: Mark[] = [];
  const child: ChildProcess = fork(import.meta.filename, ['--serve', join(workDir, 'data')], { stdio: 'inherit' });
  const streams = new AbortController();
  try {
    const recording = await makeRecording(workDir);
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      child.on('message', (message: Mark | { port: number }) =>
        'port' in message ? resolve(message) : marks.push(message),
      );
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    const client = new Client(`http://127.0.0.1:${port}`, marks);
    await client.signUp();
    console.log(
      `spoken answer: ${recording.audioSeconds.toFixed(1)} s of audio, ` +
        `${video ? `WebM VP8 ${VIDEO_BITRATE}b/s + Opus` : 'WebM/Opus'} ${OPUS_BITRATE}b/s, ` +
        `${(recording.webm.length / 1024).toFixed(0)} KB in ${recording.chunkCount} one-second chunks, ` +
        `tus PATCHes of ${CHUNK_BYTES / 1024} KB, ${fast ? 'sent at once (--fast)' : 'sent in real time'}`,
    );
    let view = await freshQuestion(client, null, streams);
    const warm: Timing[] = [];
    const spoken: Timing[] = [];
    const typed: Timing[] = [];
    for (let run = 0; run <= runs; run++) {
      const [voice, afterVoice] = await spokenTurn(client, view, recording);
      const [text, afterText] = await typedTurn(client, await freshQuestion(client, afterVoice, streams));
      view = await freshQuestion(client, afterText, streams);
      (run === 0 ? warm : spoken).push(voice);
      (run === 0 ? warm : typed).push(text);
    }
    printFigures(spoken, typed, warm);
    if (together > 0) printTogether(await spokenTogether(client.baseUrl, marks, recording, streams), spoken);
  } finally {
    streams.abort();
    child.kill();
    await rm(workDir, { recursive: true, force: true });
  }
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) await serve(process.argv[serveIndex + 1]!);
else await main();
