import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireChromium, useJourney } from './support.ts';

const screenshots = join(import.meta.dirname, '..', 'test-results');

describe.runIf(requireChromium())('account journey in headless Chromium', () => {
  const journey = useJourney();

  it('signs up, sees the shell, signs out, signs back in', async () => {
    const page = await journey.browser.newPage();
    const email = `e2e-${Date.now()}@example.com`;
    await page.goto(journey.server.url);
    await page.waitForURL('**/sign-in');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Ada Candidate');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The browser's own validation holds a too-short password back; nothing reaches the server.
    await expect.poll(() => page.url()).toContain('/sign-up');

    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Candidate' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const area of ['Practice', 'Question bank', 'Progress', 'Study', 'Kits']) {
      expect(await nav.getByRole('link', { name: area }).isVisible()).toBe(true);
    }
    expect(await page.getByText('admin', { exact: true }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(['light', 'dark']).toContain(theme);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'shell.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).json() as Promise<unknown>);
    expect(session).toEqual({ user: null });

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Candidate' }).waitFor();

    // Keyboard: on a fresh load the skip link is the first stop, and it moves focus to the main content.
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Ada Candidate' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('deletes the account from Settings once the password is right, and lands signed out', async () => {
    const page = await journey.browser.newPage();
    const email = `e2e-leaving-${Date.now()}@example.com`;
    await page.goto(`${journey.server.url}/sign-up`);
    await page.getByLabel('Name').fill('Lee Leaving');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Lee Leaving' }).waitFor();

    await page.goto(`${journey.server.url}/settings`);
    const section = page.getByRole('region', { name: 'Delete your account' });
    await section.getByLabel('Your password').fill('not my passphrase');
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await section.getByRole('alert').getByText('your account was not deleted').waitFor();

    await section.getByLabel('Your password').fill('a long enough passphrase');
    await section.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong email or password.').waitFor();
  });
});
