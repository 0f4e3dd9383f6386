import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, requireChromium, signUp, useJourney } from './support.ts';

const root = join(import.meta.dirname, '..');
const screenshots = join(root, 'test-results');

/** The card's prompt as shown, to tell one card from the next. */
const prompt = (page: Page) => page.locator('#card-prompt').textContent();

describe.runIf(requireChromium())('study mode journey in headless Chromium', () => {
  const journey = useJourney();

  it('sets a daily limit, studies the due cards with the keyboard alone, and sees the checklist move', async () => {
    mkdirSync(screenshots, { recursive: true });
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signUp(page, journey.server.url, 'Study Candidate');
    const errors = collectPageErrors(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
    await page.getByRole('heading', { name: 'Study', level: 1 }).waitFor();
    const dueNow = page.getByRole('definition').first();
    await expect.poll(() => dueNow.textContent()).toBe('20');
    // The checklist is a query of its own, so it may arrive after the due counts.
    await page.getByText(/^0 of \d+ questions confident/).waitFor();

    // Two new cards a day is enough for this journey.
    await page.getByText('Daily limits').click();
    await page.getByLabel('New cards per day').fill('2');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => dueNow.textContent()).toBe('2');
    await page.getByRole('link', { name: 'Study 2 cards' }).click();
    await page.getByRole('heading', { name: 'Flash cards', level: 1 }).waitFor();

    // From here on, only the keyboard: Space reveals, 1–4 grade.
    await page.locator('#card-prompt').waitFor();
    await page.getByRole('timer').waitFor();
    const first = await prompt(page);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    await page.getByRole('heading', { name: 'Model answer' }).waitFor();
    expect(await page.getByRole('button', { name: /^Easy/ }).textContent()).toMatch(/\d+ d$/);
    await page.screenshot({ path: join(screenshots, 'study-card-revealed.png'), fullPage: true });
    await page.keyboard.press('4'); // Easy: days away
    await page.getByText('1 studied this session.').waitFor();
    await page.getByRole('button', { name: /^Reveal the answer/ }).waitFor();
    const second = await prompt(page);
    expect(second).not.toBe(first);

    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    await page.keyboard.press('1'); // Again: back in a minute; with nothing else left, it is shown again at once
    await page.getByText('2 studied this session.').waitFor();
    expect(await prompt(page)).toBe(second);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    await page.keyboard.press('3'); // Good: the next learning step, ten minutes; still within the learn-ahead
    await page.getByText('3 studied this session.').waitFor();
    expect(await prompt(page)).toBe(second);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    await page.keyboard.press('3'); // Good again: it graduates to review, days away

    const empty = page.getByRole('status').filter({ hasText: 'Nothing is due' });
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/Well done: 4 studied\. The next card is due in \d+ d\./);
    await page.screenshot({ path: join(screenshots, 'study-empty.png'), fullPage: true });

    // The checklist: the Easy card is confident, the other practised.
    await page.getByRole('link', { name: 'See the checklist' }).click();
    await page.getByText(/^1 of \d+ questions confident/).waitFor();
    await page
      .getByText(/1 confident · 0 practised/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(screenshots, 'study-checklist.png') });
    await page.getByLabel('State').selectOption('practised');
    // New cards come one category after another: the second card was the first architecture question.
    const practised = page.locator('.checklist-category');
    await expect.poll(() => practised.count()).toBe(1);
    expect(await practised.textContent()).toMatch(/^architecture0 confident · 1 practised/);
    expect(await practised.getByRole('listitem').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('fits a phone in the dark theme', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await signUp(page, journey.server.url, 'Phone Student');
    await page.goto(`${journey.server.url}/study/cards?level=junior`);
    await page.locator('#card-prompt').waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshots, 'study-card-phone-dark.png'), fullPage: true });
  });
});
