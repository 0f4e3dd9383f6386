// Shared by the problem content tests: every problem valid, each reference passing every test in both languages,
// and each variant scoring as its name says (slow: lower efficiency; messy: lower quality; wrong: lower
// correctness), always below the reference overall. Split over four test files so they run in parallel.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSolution } from '../packages/server/src/modules/coding/code-check.ts';
import { languageOfFile, loadProblems } from '../packages/server/src/modules/coding/problem-content.ts';
import { openSandbox } from '../packages/server/src/modules/coding/quickjs-sandbox.ts';

const root = join(import.meta.dirname, 'problems');

export async function describeProblems(shard: (id: string) => boolean): Promise<void> {
  const { problems, invalid } = await loadProblems(root);
  describe('coding problems', () => {
    it('are all valid', () => {
      expect(invalid).toEqual([]);
      expect(problems.length).toBeGreaterThanOrEqual(40);
    });

    for (const entry of problems.filter((p) => shard(p.problem.id))) {
      const { id } = entry.problem;
      it(`${id}: the references pass every test and the variants score as named`, { timeout: 120_000 }, async () => {
        const session = await openSandbox();
        const reference = {
          typescript: checkSolution({ problem: entry, language: 'typescript', source: entry.references.typescript }, session),
          javascript: checkSolution({ problem: entry, language: 'javascript', source: entry.references.javascript }, session),
        };
        for (const report of Object.values(reference)) {
          expect(report.failures, `${id} ${report.language}`).toEqual([]);
          expect(report.scores.correctness).toBe(100);
          expect(report.scores.quality, `${id} ${report.language} reference quality`).toBeGreaterThanOrEqual(85);
        }
        const variants = join(root, id, 'variants');
        for (const file of existsSync(variants) ? readdirSync(variants) : []) {
          const language = languageOfFile(file);
          if (!language) continue;
          const source = readFileSync(join(variants, file), 'utf8');
          const report = checkSolution({ problem: entry, language, source }, await openSandbox());
          const best = reference[language].scores;
          const label = `${id} variants/${file}`;
          if (file.startsWith('slow')) expect(report.scores.efficiency, label).toBeLessThan(best.efficiency);
          if (file.startsWith('messy')) {
            expect(report.scores.quality, label).toBeLessThan(best.quality);
            expect(report.scores.correctness, label).toBe(100);
          }
          if (file.startsWith('wrong')) expect(report.scores.correctness, label).toBeLessThan(100);
          expect(report.scores.overall, label).toBeLessThan(best.overall);
        }
      });
    }
  });
}
