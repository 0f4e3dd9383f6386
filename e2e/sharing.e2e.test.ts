// Sharing with a coach, in headless Chromium: a candidate answers a question aloud and shares the interview with
// a coach by email; the coach watches it and comments at 0:12; the candidate sees the unread badge, opens the
// interview, and clicking the comment seeks the player to 12 seconds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  launchBrowserSaying,
  requireChromium,
  requireCommands,
  startInterview,
  useJourney,
} from './support.ts';

const SPOKEN_ANSWER =
  'An index is a sorted copy of a column with pointers back to the rows, so a lookup reads a few pages. ' +
  'It makes reads faster and writes slower, because every insert has to update the index as well.';
/** Long enough that 0:12 is inside the recording. */
const ANSWER_SECONDS = 15;
const PASSWORD = 'a long enough passphrase';

const ready = requireChromium() && requireCommands(['flite', 'sox', 'ffmpeg', 'pocketsphinx_continuous']);

describe.runIf(ready)('sharing a session with a coach in headless Chromium', () => {
  const journey = useJourney(() => launchBrowserSaying(SPOKEN_ANSWER, mkdtempSync(join(tmpdir(), 'rehearse-share-'))));

  /** Signs up in a browser context of its own (its own cookies); leaves the page on the home page. */
  async function signUpAs(name: string, email: string): Promise<Page> {
    const page = await (await journey.browser.newContext()).newPage();
    await page.goto(`${journey.server.url}/sign-up`);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
    return page;
  }

  /** The administrator (the first account) gives an account the coach role through the API. */
  async function makeCoach(admin: Page, email: string) {
    const status = await admin.evaluate(async (coachEmail) => {
      const users = (await (await fetch('/api/v1/users')).json()) as { items: { id: string; email: string }[] };
      const coach = users.items.find((user) => user.email === coachEmail)!;
      const response = await fetch(`/api/v1/users/${coach.id}/role`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'coach' }),
      });
      return response.status;
    }, email);
    expect(status).toBe(200);
  }

  it('shares an answered interview; the coach comments at 0:12; the candidate clicks it and the player seeks there', async () => {
    const stamp = Date.now();
    const admin = await signUpAs('Ada Admin', `admin-${stamp}@example.com`);
    const coachEmail = `coach-${stamp}@example.com`;
    const coach = await signUpAs('Cora Coach', coachEmail);
    await makeCoach(admin, coachEmail);
    const candidate = await signUpAs('Cam Candidate', `candidate-${stamp}@example.com`);
    const errors = [...collectPageErrors(candidate), ...collectPageErrors(coach)];

    // The candidate answers the first question aloud for 15 seconds.
    await startInterview(candidate);
    await candidate.getByLabel('Voice', { exact: true }).check();
    await candidate.getByRole('button', { name: 'Begin the interview' }).click();
    await candidate.getByRole('button', { name: 'Start recording my answer' }).click();
    await candidate.getByText('● Recording').waitFor();
    await candidate.waitForTimeout(ANSWER_SECONDS * 1000);
    await candidate.getByRole('button', { name: "I'm done answering" }).click();
    const answer = candidate.getByTestId('turn-0.0');
    await expect
      .poll(() => answer.getAttribute('data-status'), { timeout: 90_000 })
      .toSatisfy((status: string | null) => status === 'analysed' || status === 'failed');

    // …and shares the interview with the coach by email.
    await candidate.getByLabel('Your coach’s account email').fill(coachEmail);
    await candidate.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => candidate.getByTestId('share').getAttribute('data-status')).toBe('active');
    expect(await candidate.getByTestId('share').textContent()).toContain('Cora Coach');

    // The coach finds it under Sharing, plays it, and comments at 0:12.
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sharing' }).click();
    await coach
      .getByTestId('shared-with-me')
      .getByRole('link', { name: /Cam Candidate/ })
      .click();
    await coach.waitForURL('**/shared/interviews/*');
    const coachPlayer = coach.getByTestId('playback');
    await expect.poll(() => coachPlayer.evaluate((media: HTMLMediaElement) => media.duration)).toBeGreaterThan(12);
    await coach.getByLabel('At (m:ss)').fill('0:12');
    await coach.getByRole('textbox', { name: 'Comment' }).fill('Here you name the trade-off: say it first.');
    await coach.getByRole('button', { name: 'Add comment' }).click();
    await coach.getByTestId('comment').getByRole('button', { name: '0:12' }).waitFor();

    // The candidate sees the unread badge, follows it to the interview, and clicks the comment.
    await candidate.goto(journey.server.url);
    await expect.poll(() => candidate.getByTestId('unread-comments').textContent(), { timeout: 10_000 }).toBe('1');
    await candidate
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Sharing/ })
      .click();
    await candidate.getByRole('link', { name: '1 new comment on an interview' }).click();
    await candidate.getByTestId('new-comments').waitFor();
    const turn = candidate.getByTestId('turn-0.0');
    if (!(await turn.locator('details').evaluate((details: HTMLDetailsElement) => details.open)))
      await turn.locator('summary').click();
    const comment = turn.getByTestId('comment');
    expect(await comment.textContent()).toContain('Here you name the trade-off: say it first.');
    const player = turn.getByTestId('playback');
    await expect.poll(() => player.evaluate((media: HTMLMediaElement) => media.readyState)).toBeGreaterThan(0);
    await comment.getByRole('button', { name: '0:12' }).click();
    await expect.poll(() => player.evaluate((media: HTMLMediaElement) => media.currentTime)).toBe(12);
    // Seen: the badge is gone.
    await expect.poll(() => candidate.getByTestId('unread-comments').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
