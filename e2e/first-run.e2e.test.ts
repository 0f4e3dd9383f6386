import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, requireChromium, startServer, type RunningServer } from './support.ts';

const screenshots = join(import.meta.dirname, '..', 'test-results');
const PHONE = { width: 390, height: 844 };
const ANSWER =
  'I would start from what the system has to guarantee, then explain how it works with a concrete example. ' +
  'For instance, on an orders service I would measure the slow path first, because guessing wastes time. ' +
  'The trade-off is extra complexity and cost, so I would only do it where the numbers show a real problem, ' +
  'and I would watch what happens when a dependency fails.';

/** Where flite is missing the server cannot read questions aloud, and says so with a 503 the console reports. */
const serverSpeaks = (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, 'flite')));

/** What the browser reports as errors: console errors (failed requests among them) and uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

function unexpected(errors: string[]): string[] {
  return errors.filter((error) => serverSpeaks || !error.includes('503'));
}

describe.runIf(requireChromium())('a new candidate on a phone, in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, reaches a first question through the guide, answers by typing, reads the feedback and the summary', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const errors = collectErrors(page);
    const spoken: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/speech/say') spoken.push(request.url());
    });
    const phase = () => page.getByTestId('phase').getAttribute('data-phase');

    // Signed out: the sign-in page, with nothing failing behind it and no focus ring drawn around it.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle);
    expect(focusRing).toBe('none');
    expect(errors).toEqual([]);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Nia New');
    await page.getByLabel('Email').fill(`nia-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nia New' }).waitFor();
    expect((await page.locator('header').boundingBox())!.height).toBeLessThan(80);

    // The guide: one click from the home page to a first question, answered by typing.
    const guide = page.getByTestId('first-run-guide');
    await guide.waitFor();
    const started = Date.now();
    await guide.getByRole('button', { name: 'Start a 10-minute concepts interview' }).click();
    await page.getByTestId('current-prompt').waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await page.getByTestId('phase').textContent()).toMatch(/^Question 1 of \d+ · thinking time$/);
    expect(await page.getByLabel('Typing').isChecked()).toBe(true);
    // Headless Chromium has no voices of its own: the server reads the question (its words, not its code).
    if (serverSpeaks) await expect.poll(() => spoken.length).toBe(1);

    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();

    // The feedback: the answer itself (its evidence marked in place), key points, at most three improvements.
    const turn = page.locator('[data-testid^="turn-"]').first();
    await expect.poll(() => turn.getAttribute('data-status'), { timeout: 60_000 }).toBe('analysed');
    expect(await turn.getByTestId('marked-answer').textContent()).toContain('I would start from what the system');
    expect(await turn.locator('.key-points li').count()).toBeGreaterThanOrEqual(3);
    expect(await turn.getByTestId('improvements').locator('li').count()).toBeLessThanOrEqual(3);
    const tiles = await turn
      .locator('.scores .score')
      .evaluateAll((all) => all.map((el) => el.getBoundingClientRect().top));
    expect(new Set(tiles).size).toBe(1); // side by side, in one row

    await expect.poll(phase, { timeout: 60_000 }).toMatch(/asking|wrap-up/);
    if ((await phase()) === 'asking') await page.getByRole('button', { name: 'End the interview' }).click();
    await page.getByRole('button', { name: 'See my summary' }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    expect(await page.getByTestId('phase').textContent()).toBe('Finished');

    // The summary fits a phone: its chart's labels apart, and the answers folded to one line each.
    const labels = summary.locator('.recharts-cartesian-axis-tick-value[orientation="bottom"]');
    await expect.poll(() => labels.count()).toBe(4);
    const boxes = await labels.evaluateAll((all) => all.map((el) => el.getBoundingClientRect()));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
    expect(boxes.at(-1)!.right).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'first-run-summary-phone.png'), fullPage: true });
    expect(unexpected(errors)).toEqual([]);
  });
});
