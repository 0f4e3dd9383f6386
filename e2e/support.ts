import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');

/** True when a browser test can run; skips loudly on a user's machine and fails under CI=true. */
export function requireChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM} (Debian package "chromium"): browser journeys are SKIPPED.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI=true requires it.`);
  console.warn(`\n⚠️  ${message}\n`);
  return false;
}

/** True when every command is on PATH; skips loudly on a user's machine and fails under CI=true. */
export function requireCommands(commands: string[]): boolean {
  const missing = commands.filter(
    (command) => !process.env.PATH?.split(':').some((dir) => existsSync(join(dir, command))),
  );
  if (missing.length === 0) return true;
  const message = `missing ${missing.join(', ')} (Debian packages flite, sox, ffmpeg, pocketsphinx): spoken journeys are SKIPPED.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI=true requires them.`);
  console.warn(`\n⚠️  ${message}\n`);
  return false;
}

/**
 * NASA's public-domain portrait of astronaut Eileen Collins, facing the camera, from Debian's python3-skimage:
 * `.ci/run` fetches that one file into ~/.cache/rehearse-fixtures (REHEARSE_FACE_IMAGE overrides the path).
 */
export const FACE_IMAGE =
  process.env.REHEARSE_FACE_IMAGE ?? join(homedir(), '.cache', 'rehearse-fixtures', 'astronaut.png');

/** The face image for the fake camera, or null: missing, the face checks are skipped loudly, and fail under CI=true. */
export function requireFaceImage(): string | null {
  if (existsSync(FACE_IMAGE)) return FACE_IMAGE;
  const message = `no face image at ${FACE_IMAGE} (run .ci/run, or set REHEARSE_FACE_IMAGE): the camera-presence checks are SKIPPED.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI=true requires it.`);
  console.warn(`\n⚠️  ${message}\n`);
  return null;
}

/** A 3-second 640×480 video of a still image, in the Y4M format Chromium's fake camera plays (on a loop). */
export function videoOfImage(dir: string, image: string): string {
  const video = join(dir, 'face.y4m');
  const args = ['-loglevel', 'error', '-y', '-loop', '1', '-i', image, '-t', '3', '-r', '15'];
  execFileSync('ffmpeg', [...args, '-vf', 'scale=640:480,format=yuv420p', video]);
  return video;
}

/** A spoken answer for the fake microphone: flite's natural voice, resampled to what Chrome expects. */
export function speakToWav(dir: string, text: string): string {
  const raw = join(dir, 'raw.wav');
  const wav = join(dir, 'answer.wav');
  writeFileSync(join(dir, 'answer.txt'), text);
  execFileSync('flite', ['-voice', 'slt', '-f', join(dir, 'answer.txt'), '-o', raw]);
  execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', wav]);
  return wav;
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * A browser whose fake microphone says `text` in flite's voice, and whose fake camera shows `video` (a Y4M file)
 * or else Chromium's test pattern.
 */
export function launchBrowserSaying(text: string, dir: string, video?: string): Promise<Browser> {
  return launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${speakToWav(dir, text)}`,
    ...(video ? [`--use-file-for-fake-video-capture=${video}`] : []),
    '--autoplay-policy=no-user-gesture-required',
  ]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM: the graceful shutdown an operator's stop does. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown at all, as when the machine or the container dies. */
  kill(): Promise<void>;
  /** A new process on the same port and DATA_DIR, once this one has exited: what a supervisor's restart does. */
  restart(): Promise<RunningServer>;
}

/** Starts the real server (`node packages/server/src/server.ts`) on a free port with a fresh data directory. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'rehearse-e2e-'));
  return launchServer(await freePort(), { ...env, DATA_DIR: dataDir });
}

async function launchServer(port: number, env: Record<string, string> & { DATA_DIR: string }): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(root, 'packages', 'server', 'src', 'server.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A process killed by a signal has no exit code, so "has it exited" is only known from the event.
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!running) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (!running) return;
    child.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    dataDir: env.DATA_DIR,
    process: child,
    output: () => log,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    restart: async () => {
      if (running) throw new Error('stop or kill the server before restarting it');
      return launchServer(port, env);
    },
  };
}

/** Signs a new user up; leaves the page on the home page. */
export async function signUp(page: Page, serverUrl: string, name: string): Promise<void> {
  await page.goto(`${serverUrl}/sign-up`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase().replaceAll(' ', '-')}-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
}

/** Signs a new user up and starts a 20-minute concepts interview on databases; leaves the page on the interview. */
export async function signUpAndStartInterview(page: Page, serverUrl: string, name: string): Promise<void> {
  await signUp(page, serverUrl, name);
  await startInterview(page);
}

/** From any page of a signed-in user: a 20-minute concepts interview on databases; leaves the page on it. */
export async function startInterview(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await page.getByLabel('Round').selectOption('concepts');
  await page.getByLabel('Length (minutes)').fill('20');
  await page.getByLabel('databases').check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.waitForURL('**/interviews/*');
}

/** Builds the web app the server serves, when it is missing or older than its sources. */
export function buildWebApp(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-web.js')], { stdio: 'inherit' });
}

/** The console errors and uncaught errors a page shows from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A journey's real server and browser: started before its tests (the web app built first), stopped after them. */
export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
}

export function useJourney(launch: () => Promise<Browser> = () => launchBrowser()): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    buildWebApp();
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the journey has not started: use it inside a test');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
