// The long game in a browser: answers on two days (the first day's rows moved back a day through the server's
// own database file, as a clock cannot be set in a real server), then the progress page's streak, chart and a
// recommendation that starts practice, the history's search and replay, and the session report exported as
// Markdown and PDF.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, signUp, startInterview, useJourney } from './support.ts';

const root = join(import.meta.dirname, '..');
const screenshots = join(root, 'test-results');
const DAY_MS = 86_400_000;

const ANSWERS = [
  'An index keeps the keys sorted in a B-tree, so a lookup reads a few pages instead of scanning the table. ' +
    'Reads get faster, but every insert and update must maintain the index, so writes slow down.',
  'I would use a version column: the update only succeeds where the version is still the one I read, ' +
    'and otherwise the application reloads and retries, so no update is lost.',
];

describe.runIf(requireChromium())('progress, history and reports in headless Chromium', () => {
  const journey = useJourney();
  beforeAll(() => {
    mkdirSync(screenshots, { recursive: true });
  });

  const phase = (page: Page) => page.getByTestId('phase').getAttribute('data-phase');
  async function waitForPhase(page: Page, phases: string[]) {
    await expect
      .poll(() => phase(page), { timeout: 60_000, interval: 250 })
      .toSatisfy((p: string | null) => phases.includes(p ?? ''));
  }

  /** A concepts interview on databases, answered in writing (`count` questions, follow-ups skipped), then ended. */
  async function typedInterview(page: Page, count: number) {
    await startInterview(page);
    await page.getByLabel('Typing').check();
    await page.getByRole('button', { name: 'Begin the interview' }).click();
    for (let i = 0; i < count; i += 1) {
      await waitForPhase(page, ['asking']);
      await page.getByRole('button', { name: 'Start answering' }).click();
      await page.getByLabel('Your answer').fill(ANSWERS[i % ANSWERS.length]!);
      await page.getByRole('button', { name: 'Submit answer' }).click();
      await waitForPhase(page, ['asking', 'wrap-up']);
      if ((await page.getByText('Follow-up', { exact: true }).count()) > 0) {
        await page.getByRole('button', { name: 'Skip this question' }).click();
        await waitForPhase(page, ['asking', 'wrap-up']);
      }
    }
    await expect
      .poll(() => page.locator('[data-testid^="turn-"][data-status="analysed"]').count(), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(count);
    await page.getByRole('button', { name: 'End the interview' }).click();
    await page.getByRole('button', { name: 'See my summary' }).click();
    await page.getByTestId('summary').waitFor();
    return page.url().split('/interviews/')[1]!;
  }

  /** Moves an interview and its answers back by a day, as if they had been given yesterday. */
  function moveToYesterday(interviewId: string) {
    const db = new SQLite(join(journey.server.dataDir, 'rehearse.sqlite'));
    db.pragma('busy_timeout = 5000');
    const back = (iso: string) => new Date(Date.parse(iso) - DAY_MS).toISOString();
    const turns = db.prepare('select id, created_at, updated_at from interview_turns where interview_id = ?');
    const update = db.prepare('update interview_turns set created_at = ?, updated_at = ? where id = ?');
    for (const row of turns.all(interviewId) as { id: string; created_at: string; updated_at: string }[])
      update.run(back(row.created_at), back(row.updated_at), row.id);
    const interview = db.prepare('select created_at from interviews where id = ?').get(interviewId) as {
      created_at: string;
    };
    db.prepare('update interviews set created_at = ? where id = ?').run(back(interview.created_at), interviewId);
    db.close();
  }

  it('answers on two days, shows the streak, the chart and a recommendation, replays an answer and exports the report', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signUp(page, journey.server.url, 'Pat Progress');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // Day one: two questions; the summary offers the report in both formats.
    const yesterday = await typedInterview(page, 2);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export as Markdown' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/^rehearse-interview-\d{4}-\d{2}-\d{2}\.md$/);
    const markdownText = readFileSync(await markdown.path(), 'utf8');
    expect(markdownText).toMatch(/^# Mock interview report/);
    expect(markdownText).toContain('> An index keeps the keys sorted in a B-tree');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export as PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    moveToYesterday(yesterday);

    // Day two: one more answer.
    await typedInterview(page, 1);

    // Progress: a two-day streak, the chart drawn, and recommendations that start practice.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('tile-streak').textContent()).toBe('2');
    await page.getByTestId('trend-chart').locator('svg.recharts-surface[role="application"]').waitFor();
    expect(await page.getByTestId('trend-chart').locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    const recommendations = page.getByTestId('recommendations').locator('li');
    expect(await recommendations.count()).toBeGreaterThanOrEqual(1);
    expect(await recommendations.first().locator('p').textContent()).toMatch(/\d/);
    await page.screenshot({ path: join(screenshots, 'progress-desktop.png'), fullPage: true });

    // The same page on a phone: no sideways scrolling, the chart within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('trend-chart').locator('svg.recharts-surface[role="application"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const chartBox = await page.getByTestId('trend-chart').boundingBox();
    expect(chartBox!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(screenshots, 'progress-phone.png'), fullPage: true });
    await page.getByRole('button', { name: /dark/i }).click();
    await page.screenshot({ path: join(screenshots, 'progress-phone-dark.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // One click starts what a recommendation suggests: an interview, or the question to practise.
    const start = page.getByTestId('recommendations').locator('li').first().locator('button.primary, a.primary');
    await start.click();
    await page.waitForURL(/\/(interviews|questions|coding|reviews)\//);

    // History: search, replay an answer with its feedback, and the attempts at one question side by side.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(3);
    await page.getByLabel('Search questions and answers').fill('version column');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(1);
    const item = page.getByTestId('history-item').first();
    await item.getByRole('button', { name: 'Replay' }).click();
    await item.getByTestId('replay').getByText('version column', { exact: false }).first().waitFor();
    await item.getByTestId('score-overall').waitFor();
    await item.getByRole('button', { name: 'All attempts side by side' }).click();
    await item.getByTestId('side-by-side').waitFor();
    await page.screenshot({ path: join(screenshots, 'history.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
