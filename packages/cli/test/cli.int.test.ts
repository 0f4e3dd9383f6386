// The `rehearse` CLI's JSON output is a public contract (PRODUCT.md §3): these tests run the real binary, with the
// real question bank, in a fresh DATA_DIR, and check the shapes and the behaviour other tools rely on.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesizeSpeech } from '@rehearse/server/modules/speech/speech-synthesis.ts';
import { skipWithoutBinaries } from '@rehearse/server/modules/speech/speech-test-support.ts';

const bin = join(import.meta.dirname, '..', 'bin', 'rehearse.js');
let dataDir: string;

async function rehearse(args: string[], dir = dataDir): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { DATABASE_URL: _sqliteOnly, ...env } = process.env;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...env, DATA_DIR: dir },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const json = <T>(text: string) => JSON.parse(text) as T;

interface Listed {
  id: string;
  prompt: string;
  category: string;
  level: string;
  round: string;
  keyPoints: { id: string; label: string }[];
}

interface Analysed {
  questionId: string;
  transcript: string;
  scores: { overall: number; content: number; structure: number; delivery: number | null };
  keyPoints: { id: string; label: string; covered: boolean; evidence: string | null }[];
  delivery: { durationSec: number; wordsPerMinute: number; fillerPer100Words: number; longPauses: number } | null;
  strengths: string[];
  improvements: string[];
}

const STRONG_INJECTION_ANSWER =
  'SQL injection happens when user input is concatenated into the text of a query, so the input can change the ' +
  'query itself, for example a name like quote or one equals one that returns every row. The fix is parameterised ' +
  'queries: the statement is sent with placeholders and the values are bound separately, so the database never ' +
  'parses them as SQL. An ORM does this for you unless you build raw strings. On top of that I validate input, ' +
  'run the application with a database user that has the least privilege it needs, and never show raw database ' +
  'errors to the client. Escaping by hand is fragile, so I would not rely on it.';

// An evaluation set of our own, in the format of the development set.
const EVAL_SET = {
  version: 1,
  items: [
    {
      id: 'injection',
      category: 'security',
      level: 'junior',
      question: 'What is SQL injection and how do you prevent it?',
      answers: [
        { quality: 'strong', text: STRONG_INJECTION_ANSWER },
        {
          quality: 'weak',
          text: 'It is a kind of hacking where people break into the database. You should use a good firewall and keep passwords secret.',
        },
        {
          quality: 'offtopic',
          text: 'A load balancer spreads requests across several servers, with round robin or least connections, and health checks take dead servers out of the pool.',
        },
      ],
    },
  ],
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rehearse-cli-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

describe('rehearse questions', () => {
  it('lists the bank filtered by category and level, in the public shape', async () => {
    const result = await rehearse(['questions', '--category', 'databases', '--level', 'mid', '--json']);
    expect(result.code).toBe(0);
    const listed = json<Listed[]>(result.stdout);
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const question of listed) {
      expect(Object.keys(question).sort()).toEqual(['category', 'id', 'keyPoints', 'level', 'prompt', 'round']);
      expect(question).toMatchObject({ category: 'databases', level: 'mid' });
      expect(question.keyPoints.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts the best match first for a question in other words', async () => {
    const result = await rehearse(['questions', '--search', "two users overwrite each other's changes", '--json']);
    expect(result.code).toBe(0);
    expect(json<Listed[]>(result.stdout)[0]?.id).toBe('optimistic-vs-pessimistic-locking');
  });

  it('reads the bank without opening a database: no migration runs', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'rehearse-cli-bank-'));
    try {
      const result = await rehearse(['questions', '--search', 'database index', '--limit', '1', '--json'], fresh);
      expect(result.code).toBe(0);
      expect(json<Listed[]>(result.stdout)).toHaveLength(1);
      expect(await readdir(fresh)).toEqual([]);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('refuses an unknown category with a message and a failing exit code', async () => {
    const result = await rehearse(['questions', '--category', 'cooking', '--json']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('category must be one of');
  });
});

describe('rehearse analyze (typed)', () => {
  it('scores a typed answer with evidence, and delivery null', async () => {
    const file = join(dataDir, 'answer.txt');
    await writeFile(file, STRONG_INJECTION_ANSWER);
    const result = await rehearse(['analyze', '--question', 'sql-injection', '--answer', file, '--json']);
    expect(result.code).toBe(0);
    const report = json<Analysed>(result.stdout);
    expect(report.questionId).toBe('sql-injection');
    expect(report.delivery).toBeNull();
    expect(report.scores.delivery).toBeNull();
    for (const score of [report.scores.overall, report.scores.content, report.scores.structure])
      expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
    expect(report.scores.overall).toBeGreaterThanOrEqual(60);
    const covered = report.keyPoints.filter((point) => point.covered);
    expect(covered.length).toBeGreaterThanOrEqual(2);
    for (const point of covered) expect(STRONG_INJECTION_ANSWER).toContain(point.evidence!.replace(/[.]$/, ''));
  });

  it('analyses a typed answer without opening a database: no migration runs', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'rehearse-cli-analyze-'));
    try {
      const file = join(dataDir, 'answer.txt');
      await writeFile(file, STRONG_INJECTION_ANSWER);
      const result = await rehearse(['analyze', '--question', 'sql-injection', '--answer', file, '--json'], fresh);
      expect(result.code).toBe(0);
      expect(json<Analysed>(result.stdout).questionId).toBe('sql-injection');
      expect(await readdir(fresh)).toEqual([]);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('names an unknown question and fails', async () => {
    const file = join(dataDir, 'answer.txt');
    const result = await rehearse(['analyze', '--question', 'no-such-question', '--answer', file, '--json']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no-such-question/);
  });
});

describe('rehearse eval (typed)', () => {
  it('lists every answer with its scores and computes pairwise accuracy', async () => {
    const file = join(dataDir, 'eval.json');
    await writeFile(file, JSON.stringify(EVAL_SET));
    const result = await rehearse(['eval', file, '--json']);
    expect(result.code).toBe(0);
    const report = json<{
      metrics: { pairwiseAccuracy: number; meanByQuality: Record<string, number | null> };
      items: { id: string; questionId: string; answers: { quality: string; scores: { overall: number } }[] }[];
    }>(result.stdout);
    expect(report.items[0]).toMatchObject({ id: 'injection', questionId: 'sql-injection' });
    expect(report.items[0]!.answers.map((answer) => answer.quality)).toEqual(['strong', 'weak', 'offtopic']);
    expect(report.metrics.pairwiseAccuracy).toBe(1);
    expect(report.metrics.meanByQuality.offtopic).toBeLessThanOrEqual(15);
  });

  it('explains what is wrong with a file that is not an evaluation set', async () => {
    const file = join(dataDir, 'bad.json');
    await writeFile(file, JSON.stringify({ items: [{ id: 'x', answers: [] }] }));
    const result = await rehearse(['eval', file, '--json']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('not a valid evaluation set');
  });
});

const noSpeech = await skipWithoutBinaries('rehearse spoken commands', [
  'pocketsphinx_continuous',
  'flite',
  'sox',
  'ffmpeg',
]);

describe.skipIf(noSpeech)('rehearse analyze and eval, spoken (real flite and PocketSphinx)', () => {
  it('transcribes a spoken answer, measures delivery and scores the transcript', async () => {
    const wav = join(dataDir, 'spoken.wav');
    await synthesizeSpeech(STRONG_INJECTION_ANSWER, wav, 'slt');
    const result = await rehearse(['analyze', '--question', 'sql-injection', '--answer', wav, '--json']);
    expect(result.code).toBe(0);
    const report = json<Analysed>(result.stdout);
    expect(report.transcript.split(' ').length).toBeGreaterThan(50);
    expect(report.delivery!.durationSec).toBeGreaterThan(20);
    expect(report.delivery!.wordsPerMinute).toBeGreaterThan(80);
    expect(report.scores.delivery).not.toBeNull();
    expect(report.keyPoints.some((point) => point.covered)).toBe(true);
  });

  it('speaks every answer of a set and reports the word error rate beside the scores', async () => {
    const file = join(dataDir, 'eval-spoken.json');
    await writeFile(file, JSON.stringify(EVAL_SET));
    const result = await rehearse(['eval', file, '--spoken', '--json']);
    expect(result.code).toBe(0);
    const report = json<{
      metrics: { wordErrorRate: number; wordErrorRateByVoice: Record<string, number>; pairwiseAccuracy: number };
      items: { answers: { quality: string; transcript: string; scores: { delivery: number | null } }[] }[];
    }>(result.stdout);
    expect(report.metrics.wordErrorRate).toBeGreaterThan(0);
    expect(report.metrics.wordErrorRate).toBeLessThan(0.6);
    expect(Object.keys(report.metrics.wordErrorRateByVoice).sort()).toEqual(['awb', 'rms', 'slt']);
    const answers = report.items[0]!.answers;
    expect(answers[0]!.transcript).not.toBe(STRONG_INJECTION_ANSWER);
    for (const answer of answers) expect(answer.scores.delivery).not.toBeNull();
    expect(report.metrics.pairwiseAccuracy).toBeGreaterThanOrEqual(0.5);
  });
});
