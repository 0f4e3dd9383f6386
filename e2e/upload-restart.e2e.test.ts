import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowserSaying,
  requireChromium,
  requireCommands,
  signUpAndStartInterview,
  startServer,
  type RunningServer,
} from './support.ts';

const SPOKEN_ANSWER =
  'A database index is a sorted structure over the columns a query filters by, so the database finds the rows without scanning the whole table. ' +
  'It makes reads faster but every write has to update it, so I add one only where the query plan shows a scan.';

interface RecorderTap {
  /** Every MediaRecorder the page made. */
  __recorders: MediaRecorder[];
  /** One list per recorder: every non-empty chunk it emitted, in order. */
  __recorded: Blob[][];
  /** Set once; a reload would lose it. */
  __sameDocument?: boolean;
}

/**
 * Runs in the page before its scripts: keeps a copy of every chunk the app's MediaRecorder emits, so the test
 * knows exactly which bytes the browser recorded without any hook in the product.
 */
function tapMediaRecorder() {
  const tap = window as unknown as RecorderTap;
  tap.__recorders = [];
  tap.__recorded = [];
  const Native = window.MediaRecorder;
  window.MediaRecorder = class extends Native {
    constructor(stream: MediaStream, options?: MediaRecorderOptions) {
      super(stream, options);
      const chunks: Blob[] = [];
      tap.__recorders.push(this);
      tap.__recorded.push(chunks);
      this.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
    }
  };
}

/** The SHA-256 (hex) of everything each recorder in the page emitted. */
function hashRecordings(page: Page) {
  return page.evaluate(async () => {
    const hashes: { sha256: string; bytes: number }[] = [];
    for (const chunks of (window as unknown as RecorderTap).__recorded) {
      const bytes = await new Blob(chunks).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      hashes.push({
        sha256: Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''),
        bytes: bytes.byteLength,
      });
    }
    return hashes;
  });
}

/**
 * What the page keeps in IndexedDB waiting for the server: how many recordings and chunks, and the SHA-256 and
 * size of all the chunks in order. Only once the app has created the database: opening it first would create it
 * without its stores.
 */
function readKept(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ uploads: number; chunks: number; sha256: string; bytes: number; finished: boolean }>(
        (resolve, reject) => {
          const request = indexedDB.open('rehearse-recordings');
          request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['uploads', 'chunks']);
            const uploads = tx.objectStore('uploads').getAll();
            const chunks = tx.objectStore('chunks').getAll();
            tx.oncomplete = async () => {
              db.close();
              const bytes = await new Blob(chunks.result as Blob[]).arrayBuffer();
              const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
              resolve({
                uploads: uploads.result.length,
                chunks: chunks.result.length,
                sha256: Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''),
                bytes: bytes.byteLength,
                finished: (uploads.result as { finished: boolean }[]).every((upload) => upload.finished),
              });
            };
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
          };
        },
      ),
  );
}

/** How many recordings, and chunks of them, the page keeps in IndexedDB waiting for the server. */
const keptLocally = async (page: Page) => {
  const { uploads, chunks } = await readKept(page);
  return { uploads, chunks };
};

/** The tus uploads on the server's disk (data files named by their UUID) and their sizes so far. */
function uploadsOnDisk(dataDir: string): { id: string; bytes: number }[] {
  const dir = join(dataDir, 'uploads');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[0-9a-f-]{36}$/.test(name))
    .map((id) => ({ id, bytes: statSync(join(dir, id)).size }));
}

const ready = requireChromium() && requireCommands(['flite', 'sox', 'ffmpeg', 'pocketsphinx_continuous']);

describe.runIf(ready)(
  'recordings survive interruptions: a server killed mid-upload, a page reloaded mid-answer',
  () => {
    let server: RunningServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowserSaying(SPOKEN_ANSWER, mkdtempSync(join(tmpdir(), 'rehearse-restart-')));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('receives the recording whole (same SHA-256) and analyses the answer once, with feedback and no reload', async () => {
      const page = await browser.newPage();
      await page.addInitScript(tapMediaRecorder);
      await signUpAndStartInterview(page, server.url, 'Rita Restart');
      const interviewId = new URL(page.url()).pathname.split('/').pop()!;

      // Voice only: its 32 KB upload chunks go out every few seconds, where the fake camera's 512 KB take ~12 s.
      await page.getByLabel('Voice', { exact: true }).check();
      await page.getByRole('button', { name: 'Begin the interview' }).click();
      await expect.poll(() => page.getByTestId('phase').getAttribute('data-phase')).toBe('asking');
      await page.evaluate(() => ((window as unknown as RecorderTap).__sameDocument = true));

      // Every upload request the browser saw fail: proof that the outage cut into the upload, not just beside it.
      const failedUploads: string[] = [];
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).pathname.startsWith('/files')) failedUploads.push(request.method());
      });
      const recorderState = () =>
        page.evaluate(() => (window as unknown as RecorderTap).__recorders.map((r) => r.state));

      await page.getByRole('button', { name: 'Start recording my answer' }).click();
      await page.getByText('● Recording').waitFor();
      // Mid-upload: the server holds part of the recording, and the browser has more to send.
      await expect.poll(() => uploadsOnDisk(server.dataDir)[0]?.bytes ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);

      await server.kill();
      const [atKill] = uploadsOnDisk(server.dataDir);
      expect(atKill).toBeDefined();
      // Down for a few seconds, and until the browser has tried to send more and failed; it records all the while.
      await Promise.all([
        page.waitForTimeout(3_000),
        expect.poll(() => failedUploads.length, { timeout: 30_000, interval: 100 }).toBeGreaterThan(0),
      ]);
      expect(await recorderState()).toEqual(['recording']);
      // With the server gone, what it has not confirmed waits in IndexedDB.
      const whileDown = await keptLocally(page);
      expect(whileDown.uploads).toBe(1);
      expect(whileDown.chunks).toBeGreaterThan(0);

      server = await server.restart();
      // The same upload goes on growing: the browser resumed it rather than starting another.
      await expect
        .poll(() => uploadsOnDisk(server.dataDir), { timeout: 30_000, interval: 250 })
        .toSatisfy(
          (uploads: { id: string; bytes: number }[]) =>
            uploads.length === 1 && uploads[0]!.id === atKill!.id && uploads[0]!.bytes > atKill!.bytes,
        );
      expect(await recorderState()).toEqual(['recording']);
      await page.getByRole('button', { name: "I'm done answering" }).click();

      // The feedback arrives through the page's event stream; nothing reloads it.
      const turn = page.locator('[data-testid^="turn-"]');
      await expect.poll(() => turn.getAttribute('data-status'), { timeout: 60_000, interval: 250 }).toBe('analysed');
      await turn.getByRole('heading', { name: 'Feedback' }).waitFor();
      expect(await page.evaluate(() => (window as unknown as RecorderTap).__sameDocument)).toBe(true);
      await expect.poll(() => keptLocally(page)).toEqual({ uploads: 0, chunks: 0 });

      const recorded = await hashRecordings(page);
      expect(recorded).toHaveLength(1);
      expect(recorded[0]!.bytes).toBeGreaterThan(atKill!.bytes);

      const view = (await (await page.request.get(`${server.url}/api/v1/interviews/${interviewId}`)).json()) as {
        turns: { turnId: string; status: string; recordingId: string | null }[];
      };
      expect(view.turns).toHaveLength(1);
      const [answered] = view.turns;
      expect(answered!.recordingId).toBe(atKill!.id);
      const meta = (await (
        await page.request.get(`${server.url}/api/v1/recordings/${answered!.recordingId}/meta`)
      ).json()) as {
        sha256: string;
      };
      expect(meta.sha256).toBe(recorded[0]!.sha256);

      const db = new Database(join(server.dataDir, 'rehearse.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const jobs = db
          .prepare<[], { payload: string; status: string; attempts: number }>(
            "select payload, status, attempts from jobs where type = 'analyse-turn'",
          )
          .all();
        expect(jobs).toEqual([
          {
            payload: JSON.stringify({ turnRowId: `${interviewId}:${answered!.turnId}` }),
            status: 'succeeded',
            attempts: 1,
          },
        ]);
        const recordings = db.prepare<[], { id: string }>('select id from recordings').all();
        expect(recordings).toEqual([{ id: atKill!.id }]);
      } finally {
        db.close();
      }
      // Finalised: the upload's own files are gone, the recording is kept.
      expect(uploadsOnDisk(server.dataDir)).toEqual([]);
    });

    it('keeps what was recorded when the page is reloaded mid-answer, and analyses it once submitted', async () => {
      const page = await browser.newPage();
      await signUpAndStartInterview(page, server.url, 'Ravi Reload');
      const interviewId = new URL(page.url()).pathname.split('/').pop()!;
      await page.getByLabel('Voice', { exact: true }).check();
      await page.getByRole('button', { name: 'Begin the interview' }).click();
      await expect.poll(() => page.getByTestId('phase').getAttribute('data-phase')).toBe('asking');
      await page.getByRole('button', { name: 'Start recording my answer' }).click();
      await page.getByText('● Recording').waitFor();
      await expect.poll(() => uploadsOnDisk(server.dataDir)[0]?.bytes ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(3_000);

      // Uploads are held back across the reload, so the test can read what the page kept before it is sent.
      await page.route('**/files/**', (route) => route.abort());
      await page.reload();
      await page.getByTestId('recording-interrupted').waitFor();
      await expect.poll(async () => (await readKept(page)).finished).toBe(true);
      const kept = await readKept(page);
      expect(kept.bytes).toBeGreaterThan(0);
      await page.unroute('**/files/**');
      await page.getByRole('button', { name: 'Submit what was recorded' }).click();

      const turn = page.locator('[data-testid^="turn-"]');
      await expect.poll(() => turn.getAttribute('data-status'), { timeout: 60_000, interval: 250 }).toBe('analysed');
      await expect.poll(() => keptLocally(page), { timeout: 30_000 }).toEqual({ uploads: 0, chunks: 0 });
      const view = (await (await page.request.get(`${server.url}/api/v1/interviews/${interviewId}`)).json()) as {
        turns: { recordingId: string | null; answerText: string | null }[];
      };
      expect(view.turns).toHaveLength(1);
      expect(view.turns[0]!.answerText?.split(' ').length).toBeGreaterThan(3);
      const meta = (await (
        await page.request.get(`${server.url}/api/v1/recordings/${view.turns[0]!.recordingId}/meta`)
      ).json()) as {
        sha256: string;
      };
      expect(meta.sha256).toBe(kept.sha256);
    });
  },
);
