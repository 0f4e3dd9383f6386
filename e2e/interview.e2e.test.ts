import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowserSaying,
  requireChromium,
  requireCommands,
  requireFaceImage,
  signUpAndStartInterview,
  startServer,
  videoOfImage,
  type RunningServer,
} from './support.ts';

const screenshots = join(import.meta.dirname, '..', 'test-results');
const SPOKEN_ANSWER =
  'I would add an index on the columns the query filters by, because the database can then find the rows without scanning the whole table. ' +
  'The trade off is slower writes and more storage, so I check the query plan before and after.';

const ready = requireChromium() && requireCommands(['flite', 'sox', 'ffmpeg', 'pocketsphinx_continuous']);
/** With it, the fake camera shows a face; without it, Chromium's test pattern, and the face checks are skipped. */
const faceImage = ready ? requireFaceImage() : null;
/** The portrait faces the camera: the feedback must say the face was in frame at least this share of the time. */
const FACE_IN_FRAME_AT_LEAST = 80;

describe.runIf(ready)('mock interview journey in headless Chromium with a fake camera and microphone', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-voice-'));
    browser = await launchBrowserSaying(SPOKEN_ANSWER, dir, faceImage ? videoOfImage(dir, faceImage) : undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const phase = (page: Page) => page.getByTestId('phase').getAttribute('data-phase');
  async function waitForPhase(page: Page, phases: string[], timeout = 90_000) {
    await expect
      .poll(() => phase(page), { timeout, interval: 250 })
      .toSatisfy((p: string | null) => phases.includes(p ?? ''));
  }
  /** After an answer: wait for the analysis; decline any follow-up so the journey moves to the next question. */
  async function moveOn(page: Page) {
    await waitForPhase(page, ['asking', 'wrap-up']);
    if ((await page.getByText('Follow-up', { exact: true }).count()) > 0) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
      await waitForPhase(page, ['asking', 'wrap-up']);
    }
  }
  /** Answers on camera for nine seconds; `faceCheck` is the state the face indicator must reach meanwhile. */
  async function answerAloud(page: Page, faceCheck: 'face' | 'no-face' | 'unavailable') {
    await page.getByRole('button', { name: 'Start recording my answer' }).click();
    const started = Date.now();
    await page.getByText('● Recording').waitFor();
    expect(await page.getByRole('meter', { name: 'Microphone level' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('face-indicator').getAttribute('data-state'), { timeout: 8_000 })
      .toBe(faceCheck);
    await page.waitForTimeout(Math.max(0, 9_000 - (Date.now() - started)));
    await page.getByRole('button', { name: "I'm done answering" }).click();
    await moveOn(page);
  }

  it('answers two questions on camera (the face check unable to load, then seeing a face) and one typed, shows feedback and the summary, and plays a recording back', async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.context().on('request', (request) => {
      if (/^https?:/.test(request.url())) origins.add(new URL(request.url()).origin);
    });
    const faceFiles: string[] = [];
    page.context().on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/human/')) faceFiles.push(new URL(request.url()).pathname);
    });
    await signUpAndStartInterview(page, server.url, 'Vera Voice');

    // First answer: the face check's files cannot be fetched, and the answer is recorded and analysed anyway.
    await page.context().route('**/human/**', (route) => route.abort());
    // Headless Chromium has no speech voices: the server's (flite) reads the questions instead.
    const spoken: string[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/speech/say') spoken.push(request.url());
    });
    const noBrowserVoices = await page.evaluate(() => speechSynthesis.getVoices().length === 0);
    expect(await page.getByLabel(/Interviewer speaks the questions/).isDisabled()).toBe(false);
    await page.getByLabel('Camera and voice').check();
    await page.getByRole('button', { name: 'Begin the interview' }).click();
    await waitForPhase(page, ['asking']);
    await expect
      .poll(() => page.getByLabel('Camera preview').evaluate((v: HTMLVideoElement) => v.videoWidth))
      .toBeGreaterThan(0);
    if (noBrowserVoices) await expect.poll(() => spoken.length).toBe(1);
    await answerAloud(page, 'unavailable');

    // Second answer: the files are back; choosing the camera again loads the check, which sees the face.
    await page.context().unroute('**/human/**');
    await page.getByLabel('Voice', { exact: true }).check();
    await page.getByLabel('Camera and voice').check();
    await answerAloud(page, faceImage ? 'face' : 'no-face');

    await page.getByLabel('Typing').check();
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page
      .getByLabel('Your answer')
      .fill(
        'A B-tree index keeps keys sorted in a balanced tree, so a lookup touches a handful of pages instead of scanning the table. ' +
          'It speeds up reads and range queries, but every insert and update has to maintain it, so I only index columns that queries filter or join on.',
      );
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await moveOn(page);

    // Every answer has its feedback, without a reload.
    const turns = page.locator('[data-testid^="turn-"]');
    await expect.poll(() => turns.count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.locator('[data-testid^="turn-"][data-status="analysed"]').count(), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('delivery').count()).toBeGreaterThanOrEqual(2);

    // Camera presence: none for the first answer (no face check), the shares for the second, served from our origin.
    const [first, second] = [page.getByTestId('turn-0.0'), page.getByTestId('turn-1.0')];
    expect(await first.getByTestId('camera-presence').count()).toBe(0);
    const shares = second.getByTestId('camera-shares');
    expect(await shares.textContent()).toMatch(/^Face in frame \d+% · looking at the camera \d+%$/);
    if (faceImage)
      expect(Number(await shares.getAttribute('data-face-in-frame'))).toBeGreaterThanOrEqual(FACE_IN_FRAME_AT_LEAST);
    else expect(await second.getByTestId('camera-presence').textContent()).toContain('out of the frame 100%');
    expect(faceFiles).toEqual(
      expect.arrayContaining(['/human/models/facemesh.bin', '/human/wasm/tfjs-backend-wasm-simd.wasm']),
    );
    expect([...origins]).toEqual([server.url]);

    await page.getByRole('button', { name: 'End the interview' }).click();
    await page.getByRole('button', { name: 'See my summary' }).click();
    await page.getByTestId('summary').waitFor();
    expect(Number(await page.getByTestId('summary-overall').textContent())).toBeGreaterThanOrEqual(0);

    // Once the interview ends, each answer folds to its question and score: open the newest one recorded.
    await page.locator('[data-testid^="turn-"]:has([data-testid="playback"]) summary').first().click();
    const player = page.getByTestId('playback').first();
    const duration = await player.evaluate(
      (video: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          if (video.readyState >= 1) resolve(video.duration);
          else video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true });
        }),
    );
    expect(Number.isFinite(duration)).toBe(true);
    expect(duration).toBeGreaterThan(3);
    const seekedTo = await player.evaluate(
      (video: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          video.addEventListener('seeked', () => resolve(video.currentTime), { once: true });
          video.currentTime = 2;
        }),
    );
    expect(seekedTo).toBeCloseTo(2, 0);
    // The transcript follows the recording: a click on a word plays from it.
    const word = page.getByTestId('synced-transcript').first().locator('button.word').nth(4);
    const wordStart = Number(await word.getAttribute('data-start'));
    expect(wordStart).toBeGreaterThan(0);
    await word.click();
    await expect
      .poll(() => player.evaluate((video: HTMLVideoElement) => video.currentTime))
      .toBeGreaterThanOrEqual(wordStart - 0.05);
    await player.evaluate((video: HTMLVideoElement) => video.pause());
    const highlighted = page.getByTestId('synced-transcript').first().locator('button.word.current');
    const at = await player.evaluate((video: HTMLVideoElement) => video.currentTime);
    await expect
      .poll(async () => Number(await highlighted.getAttribute('data-start')))
      .toBeGreaterThanOrEqual(wordStart);
    expect(Number(await highlighted.getAttribute('data-start'))).toBeLessThanOrEqual(at);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'interview-summary.png'), fullPage: true });
    expect(existsSync(join(screenshots, 'interview-summary.png'))).toBe(true);

    // The owner deletes a recording: it goes, its feedback stays.
    const recordings = await page.getByTestId('playback').count();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete the recording' }).first().click();
    await expect.poll(() => page.getByTestId('playback').count()).toBe(recordings - 1);
    expect(await page.locator('[data-testid^="turn-"][data-status="analysed"]').count()).toBeGreaterThanOrEqual(3);

    // A retake asks the same questions in a new interview.
    const firstInterview = page.url();
    await page.getByRole('button', { name: 'Retake these questions' }).click();
    await page.waitForURL((url) => url.href !== firstInterview);
    await expect.poll(() => phase(page)).toBe('intro');
  });
});
