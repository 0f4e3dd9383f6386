import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, requireChromium, signUp, useJourney } from './support.ts';

const root = join(import.meta.dirname, '..');
const screenshots = join(root, 'test-results');

const FILE = 'src/orders/export.routes.ts';
const TITLE = "Add a CSV export of a customer's orders";
const COMMENT =
  'SQL injection: customerId and status come from the request and are concatenated into the SQL text. ' +
  'Use a parameterized query with placeholders ($1, $2) and check status against the known values.';
const SUMMARY =
  'Request changes: the export query is open to SQL injection (user input concatenated into the SQL), a blocker.';

describe.runIf(requireChromium())('code review round journey in headless Chromium', () => {
  const journey = useJourney();

  it('comments on the diff, keeps the draft across a reload, submits and reads which issues were found', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signUp(page, journey.server.url, 'Review Candidate');
    // Signed in (before, the session check's 401 is logged, as it should be): from here on, no errors at all.
    const errors = collectPageErrors(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Code review' }).click();
    await page.getByRole('heading', { name: 'Code review round' }).waitFor();
    await page.getByLabel('Language').selectOption('typescript');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/reviews\/order-export-endpoint$/);
    // The description is Markdown: its endpoint is inline code, in a list.
    await page.locator('.pr-description li code').first().waitFor();
    // The diff is highlighted (highlight.js classes on its tokens).
    await page.locator('.diff .hljs-keyword').first().waitFor();

    // From the keyboard: Enter on line 11's number opens a comment box, Shift+Enter on line 15's makes it a range.
    await page.getByRole('button', { name: `Comment on line 11 of ${FILE}` }).press('Enter');
    await page.getByRole('textbox', { name: `Comment on line 11 of ${FILE}` }).waitFor();
    await page.getByRole('button', { name: `Comment on line 15 of ${FILE}` }).press('Shift+Enter');
    const box = page.getByRole('textbox', { name: `Comment on lines 11–15 of ${FILE}` });
    await box.fill(COMMENT);
    await page.getByRole('button', { name: 'Save comment' }).click();
    await page.getByRole('article', { name: 'Your comment, lines 11–15' }).waitFor();
    await page.getByLabel('Summary').fill(SUMMARY);
    await page.getByRole('radio', { name: 'Request changes' }).check();

    // The draft is kept in the browser: a reload brings back the comment, the summary and the verdict.
    await page.reload();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const saved = page.getByRole('article', { name: 'Your comment, lines 11–15' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('parameterized query');
    expect(await page.getByLabel('Summary').inputValue()).toBe(SUMMARY);
    expect(await page.getByRole('radio', { name: 'Request changes' }).isChecked()).toBe(true);

    // The split view: the old side on the left, the new on the right; the comment stays under its lines.
    await page.getByText('Split', { exact: true }).click();
    await page.locator('table.diff-split').first().waitFor();
    await saved.waitFor();

    await page.getByRole('button', { name: 'Submit review' }).click();
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await feedback.waitFor({ timeout: 60_000 });
    const found = feedback.getByRole('list', { name: 'Issues found' });
    expect(await found.textContent()).toContain('SQL built by concatenating the path and query parameters');
    const overall = Number(await page.getByTestId('review-score-overall').textContent());
    expect(overall).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('review-score-recall').textContent())).toBeGreaterThan(0);
    expect(await page.getByTestId('review-verdict').textContent()).toContain('fits');

    // On the diff: the issue found, the ones missed, and the model review beside the candidate's comment.
    await page
      .getByRole('complementary', { name: 'Found: SQL built by concatenating the path and query parameters' })
      .waitFor();
    await page
      .getByRole('complementary', { name: "Missed: Any signed-in user can export any customer's orders" })
      .waitFor();
    const model = page.getByRole('article', { name: /^Model review/ });
    expect(await model.count()).toBeGreaterThan(0);
    await page.getByLabel('Show model review').uncheck();
    await expect.poll(() => model.count()).toBe(0);

    // The follow-up answer is kept with the review; the review is in the history with its overall.
    await feedback
      .getByRole('textbox')
      .fill('Check the caller manages the customer before exporting; answer 404 if not.');
    const history = page.getByRole('region', { name: 'Your reviews' }).getByRole('listitem');
    await expect.poll(() => history.count()).toBe(1);
    expect(await history.first().textContent()).toContain(`overall ${overall}`);

    // The draft went with the submit: a new review starts empty.
    await page.getByRole('button', { name: 'Start a new review' }).click();
    expect(await page.getByLabel('Summary').inputValue()).toBe('');
    expect(await page.getByRole('article', { name: /^Your comment/ }).count()).toBe(0);

    mkdirSync(screenshots, { recursive: true });
    await page.getByRole('button', { name: /^Show the feedback of your review/ }).click();
    await feedback.waitFor();
    await page.screenshot({ path: join(screenshots, 'review-feedback.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
