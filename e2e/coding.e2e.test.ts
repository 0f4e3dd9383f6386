import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, requireChromium, signUp, useJourney } from './support.ts';

const root = join(import.meta.dirname, '..');
const screenshots = join(root, 'test-results');

/** A correct solution to top-k-frequent, as a candidate would type it. */
const SOLUTION = `export function topKFrequent(items: string[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  if (!Number.isInteger(k) || k < 0 || k > counts.size) {
    throw new RangeError(\`k must be an integer from 0 to \${counts.size}\`);
  }
  return [...counts.entries()]
    .sort(([nameA, countA], [nameB, countB]) => countB - countA || (nameA < nameB ? -1 : 1))
    .slice(0, k)
    .map(([name]) => name);
}
`;

describe.runIf(requireChromium())('coding round journey in headless Chromium', () => {
  const journey = useJourney();

  it('opens a problem, types a solution, runs the visible tests, submits and reads the feedback', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signUp(page, journey.server.url, 'Coding Candidate');
    // Signed in (before, the session check's 401 is logged, as it should be): from here on, no errors at all.
    const errors = collectPageErrors(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coding' }).click();
    await page.getByRole('heading', { name: 'Coding round' }).waitFor();
    await page.getByLabel('Level').selectOption('junior');
    await page.getByRole('link', { name: 'Top k most frequent items' }).click();
    await page.getByRole('heading', { name: 'Top k most frequent items', level: 1 }).waitFor();
    // The statement is Markdown: its example is a code block.
    await page.locator('.markdown pre code').first().waitFor();
    // The target complexity is part of the debrief, not a hint before the attempt.
    expect(await page.getByText('O(n + d log d)').count()).toBe(0);

    // CodeMirror's text box, by its label: select the starter and type over it.
    const editor = page.getByRole('textbox', { name: 'Your code' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(SOLUTION);
    await expect.poll(() => editor.textContent()).toContain('countB - countA');

    // The code is kept as typed: a reload brings it back.
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Your code' }).textContent())
      .toContain('countB - countA');

    await page.getByText('Your own inputs (optional, for a run)').click();
    await page.getByLabel('Inputs').fill('[["b", "a", "b"], 1]');
    await page.getByRole('button', { name: 'Run visible tests' }).click();
    await page.getByText('Checking in the sandbox…').waitFor();
    await page.getByTestId('run-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('run-summary').textContent()).toBe('2 of 2 visible tests passed.');
    expect(await page.getByText('Your code returned ["b"]; the reference returns ["b"].').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { name: 'Debrief' }).waitFor({ timeout: 90_000 });
    const score = async (name: string) => Number(await page.getByTestId(`code-score-${name}`).textContent());
    expect(await score('correctness')).toBe(100);
    expect(await score('overall')).toBeGreaterThanOrEqual(80);
    expect(await page.getByTestId('submit-tests').textContent()).toMatch(
      /Visible tests: 2 of 2 passed\. Hidden tests: (\d+) of \1 passed\./,
    );
    expect(await page.getByTestId('target-complexity').textContent()).toContain('O(n + d log d)');
    // The interviewer's questions: a practice answer, analysed like any answer.
    const followUp = page.getByLabel('The log does not fit in memory. How would you find the top k then?');
    await followUp.fill('Count per shard with a map, then merge the partial counts and keep a heap of size k.');
    const question = page.getByRole('listitem').filter({ has: followUp });
    await question.getByRole('button', { name: 'Get feedback' }).click();
    await question.getByTestId('follow-up-score').waitFor({ timeout: 60_000 });
    expect(await question.getByTestId('follow-up-score').textContent()).toMatch(/^Score \d+$/);

    // The attempts are in the history, newest first.
    const history = page.getByRole('region', { name: 'Your attempts' }).getByRole('listitem');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('Submit');

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'coding-feedback.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
