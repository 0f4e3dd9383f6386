// A hiring team in the browser: its owner builds a team and a kit, invites an interviewer, both score one
// candidate independently, the calibration view shows where they spread, and the kit prints (the print view
// loads; the PDF endpoint answers a PDF).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, requireChromium, useJourney } from './support.ts';

const screenshots = join(import.meta.dirname, '..', 'test-results');

async function signUpAs(page: Page, serverUrl: string, name: string, email: string) {
  await page.goto(`${serverUrl}/sign-up`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
}

/** On a kit's page: scores "Ann" with a rating per question and a recommendation, then submits. */
async function scoreAnn(page: Page, ratings: number[], recommendation: string) {
  await page.getByRole('link', { name: 'Score a candidate' }).click();
  await page.getByRole('textbox', { name: 'Candidate' }).fill('Ann');
  await page.getByRole('button', { name: 'Score this candidate' }).click();
  for (const [i, rating] of ratings.entries()) {
    const group = page.getByRole('radiogroup', { name: `Rating of question ${i + 1}` });
    await group
      .getByRole('radio')
      .nth(rating - 1)
      .check();
  }
  await page.getByRole('checkbox').first().check(); // a key point heard on the first question
  await page.getByRole('radio', { name: recommendation, exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.getByRole('status').getByText('Submitted.').waitFor();
}

describe.runIf(requireChromium())('hiring team journey in headless Chromium', () => {
  const journey = useJourney();

  it('builds a kit as a team, scores a candidate twice, calibrates and prints', async () => {
    mkdirSync(screenshots, { recursive: true });
    const owner = await (await journey.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const interviewer = await (await journey.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors = [...collectPageErrors(owner), ...collectPageErrors(interviewer)];
    const boEmail = `bo-${Date.now()}@example.com`;
    await signUpAs(owner, journey.server.url, 'Olga Owner', `olga-${Date.now()}@example.com`);
    await signUpAs(interviewer, journey.server.url, 'Bo Interviewer', boEmail);

    // The owner makes a team and invites Bo.
    await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' }).click();
    await owner.getByRole('heading', { name: 'Interview kits', level: 1 }).waitFor();
    await owner.getByLabel('Team name').fill('Payments hiring');
    await owner.getByRole('button', { name: 'Create team' }).click();
    await owner.getByRole('link', { name: 'Payments hiring' }).click();
    await owner.getByLabel('Email').fill(boEmail);
    await owner.getByRole('button', { name: 'Send the invitation' }).click();
    await owner.getByRole('list', { name: 'Pending invitations' }).getByText(boEmail).waitFor();

    // Bo accepts.
    await interviewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' }).click();
    await interviewer.getByRole('button', { name: 'Join Payments hiring' }).click();
    await interviewer.getByRole('link', { name: 'Payments hiring' }).waitFor();

    // The owner builds the team's kit from two suggested bank questions.
    await owner.getByRole('link', { name: '← Interview kits' }).click();
    await owner.getByLabel('Role').fill('Payments engineer');
    await owner.getByLabel('For').selectOption({ label: 'Payments hiring' });
    await owner.getByLabel('databases').check();
    await owner.getByRole('button', { name: 'Build the kit' }).click();
    await owner.getByRole('heading', { name: 'Payments engineer (mid)' }).waitFor();
    const suggested = owner.getByRole('list', { name: 'Suggested questions' });
    for (const count of [1, 2]) {
      await suggested.getByRole('button', { name: 'Add' }).first().click();
      await owner.getByText(`${count} questions ·`).waitFor();
    }
    await owner.getByText('Sample answer, what a good answer shows').first().click();
    await owner
      .getByRole('cell', { name: /^Misses the core/ })
      .first()
      .waitFor();
    await owner.screenshot({ path: join(screenshots, 'kit.png'), fullPage: true });
    const kitUrl = owner.url();

    // Two interviewers score Ann apart: Bo sees nothing of the owner's card before submitting his own.
    await interviewer.goto(kitUrl);
    await scoreAnn(interviewer, [4, 3], 'Strong yes');
    await owner.goto(kitUrl);
    await scoreAnn(owner, [1, 3], 'No');
    await owner.screenshot({ path: join(screenshots, 'kit-scorecard.png'), fullPage: true });

    // The calibration shows the first question split three steps apart, the second agreed.
    await owner.getByRole('link', { name: 'See how the interviewers agree on Ann' }).click();
    await owner.getByRole('heading', { name: 'Ann: 2 interviewers' }).waitFor();
    const rows = owner.getByRole('table').nth(1).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).getByRole('cell').nth(2).textContent()).toBe('3');
    expect(await rows.nth(1).getByRole('cell').nth(3).textContent()).toBe('Split');
    expect(await rows.nth(2).getByRole('cell').nth(3).textContent()).toBe('Agree');
    await owner.getByText('Split: some say yes, some no').waitFor();
    await owner.screenshot({ path: join(screenshots, 'kit-calibration.png'), fullPage: true });

    // The kit prints: the print view loads, and the PDF is a PDF.
    const kitId = new URL(kitUrl).pathname.split('/').at(-1)!;
    const print = await owner.context().newPage();
    await print.goto(`${journey.server.url}/api/v1/kits/${kitId}/print`);
    await print.getByRole('heading', { name: 'Payments engineer (mid): interview kit' }).waitFor();
    const pdf = await owner.request.get(`${journey.server.url}/api/v1/kits/${kitId}/print.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
  });
});
