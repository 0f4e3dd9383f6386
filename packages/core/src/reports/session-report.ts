// A session's report, ready to print: the scores (and the attempt it retakes), each question with the answer as
// given or transcribed and the evidence for its feedback, and the next steps. Markdown here; the server draws
// the same report as a PDF.
import type { AnswerAnalysis } from '../analysis/types.ts';
import type { InterviewSummary } from '../interviews/summary.ts';
import { CATEGORY_LABELS } from '../progress/labels.ts';

export interface ReportTurn {
  readonly questionId: string;
  readonly kind: 'question' | 'follow-up';
  readonly prompt: string;
  readonly mode: 'typed' | 'audio' | 'video';
  readonly answerText: string | null;
  readonly analysis: AnswerAnalysis | null;
  readonly delivery?: {
    wordsPerMinute?: number | null;
    fillerPer100Words?: number | null;
    longPauses?: number | null;
  } | null;
}

export interface ReportInput {
  readonly createdAt: string;
  readonly settings: { readonly round: string; readonly level: string; readonly minutes: number };
  readonly summary: InterviewSummary & {
    readonly previousAttempt: {
      readonly overall: number | null;
      readonly byDimension: InterviewSummary['byDimension'];
    } | null;
  };
  readonly turns: readonly ReportTurn[];
}

export interface ReportAnswer {
  readonly kind: 'question' | 'follow-up';
  /** For a follow-up, what the interviewer asked. */
  readonly prompt: string;
  readonly how: string;
  readonly text: string;
  readonly score: number | null;
  readonly covered: readonly { readonly label: string; readonly evidence: string | null }[];
  readonly missed: readonly { readonly label: string; readonly probe: string }[];
  readonly misconceptions: readonly {
    readonly claim: string;
    readonly correction: string;
    readonly sentence: string;
  }[];
  readonly strengths: readonly string[];
  readonly improvements: readonly string[];
  readonly delivery: string | null;
}

export interface SessionReport {
  readonly title: string;
  readonly subtitle: string;
  /** YYYY-MM-DD (UTC), for the file name too. */
  readonly date: string;
  readonly scores: readonly {
    readonly name: string;
    readonly value: number | null;
    readonly previous: number | null;
  }[];
  readonly withPrevious: boolean;
  readonly areas: string | null;
  readonly questions: readonly {
    readonly number: number;
    readonly prompt: string;
    readonly category: string;
    readonly score: number | null;
    readonly answers: readonly ReportAnswer[];
  }[];
  readonly nextSteps: readonly string[];
}

const HOW = {
  typed: 'Typed answer',
  audio: 'Transcript of the spoken answer',
  video: 'Transcript of the video answer',
};

function reportAnswer(turn: ReportTurn): ReportAnswer {
  const analysis = turn.analysis;
  const d = turn.delivery;
  return {
    kind: turn.kind,
    prompt: turn.prompt,
    how: HOW[turn.mode],
    text: turn.answerText ?? '',
    score: analysis?.scores.overall ?? null,
    covered: (analysis?.keyPoints ?? []).filter((p) => p.covered).map(({ label, evidence }) => ({ label, evidence })),
    missed: (analysis?.keyPoints ?? []).filter((p) => !p.covered).map(({ label, probe }) => ({ label, probe })),
    misconceptions: (analysis?.misconceptions ?? []).map(({ claim, correction, sentence }) => ({
      claim,
      correction,
      sentence,
    })),
    strengths: analysis?.strengths ?? [],
    improvements: analysis?.improvements ?? [],
    delivery: d
      ? `${Math.round(d.wordsPerMinute ?? 0)} words per minute, ${(d.fillerPer100Words ?? 0).toFixed(1)} fillers per 100 words, ${d.longPauses ?? 0} long pauses`
      : null,
  };
}

export function sessionReport(input: ReportInput): SessionReport {
  const { summary, settings } = input;
  const before = summary.previousAttempt;
  const now = { overall: summary.overall, ...summary.byDimension };
  const then = before ? { overall: before.overall, ...before.byDimension } : null;
  const date = input.createdAt.slice(0, 10);
  return {
    title: 'Mock interview report',
    subtitle: `${settings.round} round · ${settings.level} · ${settings.minutes} minutes · ${date}`,
    date,
    scores: (['overall', 'content', 'structure', 'delivery'] as const).map((name) => ({
      name,
      value: now[name],
      previous: then ? then[name] : null,
    })),
    withPrevious: then !== null,
    areas:
      summary.weakestCategory && summary.strongestCategory
        ? `Weakest area: ${CATEGORY_LABELS[summary.weakestCategory]}. Strongest: ${CATEGORY_LABELS[summary.strongestCategory]}.`
        : null,
    questions: summary.questions.map((question, index) => ({
      number: index + 1,
      prompt: question.prompt,
      category: CATEGORY_LABELS[question.category] ?? question.category,
      score: question.overall,
      answers: input.turns.filter((turn) => turn.questionId === question.questionId).map(reportAnswer),
    })),
    nextSteps: summary.nextSteps,
  };
}

/** A text bar 0–100, twenty cells wide. */
export const textBar = (value: number | null) =>
  value === null ? '' : '█'.repeat(Math.round(value / 5)) + '░'.repeat(20 - Math.round(value / 5));

const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');

/** Markdown an editor or a Git host renders: headings, a score table with bars, quotes for what was said. */
export function reportMarkdown(report: SessionReport): string {
  const out: string[] = [`# ${report.title}`, '', report.subtitle, '', '## Scores', ''];
  out.push(report.withPrevious ? '| Dimension | Score | Previous attempt | |' : '| Dimension | Score | |');
  out.push(report.withPrevious ? '| --- | ---: | ---: | --- |' : '| --- | ---: | --- |');
  for (const s of report.scores) {
    const cells = [
      s.name,
      s.value ?? '—',
      ...(report.withPrevious ? [s.previous ?? '—'] : []),
      `\`${textBar(s.value)}\``,
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (report.areas) out.push('', report.areas);
  out.push('', '## Question by question');
  for (const question of report.questions) {
    out.push(
      '',
      `### ${question.number}. ${question.prompt}`,
      '',
      `${question.category} · score ${question.score ?? '—'}`,
    );
    for (const answer of question.answers) {
      out.push('');
      if (answer.kind === 'follow-up') out.push(`#### Follow-up: ${answer.prompt}`, '');
      out.push(
        `**${answer.how}**${answer.score !== null ? ` (score ${answer.score})` : ''}`,
        '',
        quoted(answer.text || '(no answer)'),
      );
      if (answer.delivery) out.push('', `Delivery: ${answer.delivery}.`);
      if (answer.covered.length) {
        out.push('', 'Key points made:', '');
        for (const point of answer.covered)
          out.push(`- ✔ **${point.label}**${point.evidence ? `: “${point.evidence}”` : ''}`);
      }
      if (answer.missed.length) {
        out.push('', 'Key points missed:', '');
        for (const point of answer.missed)
          out.push(`- ✘ **${point.label}**: an interviewer would ask “${point.probe}”`);
      }
      if (answer.misconceptions.length) {
        out.push('', 'Misconceptions:', '');
        for (const m of answer.misconceptions) out.push(`- “${m.sentence}”: ${m.claim}. ${m.correction}`);
      }
      if (answer.strengths.length) out.push('', 'Strengths:', '', ...answer.strengths.map((s) => `- ${s}`));
      if (answer.improvements.length) out.push('', 'To improve:', '', ...answer.improvements.map((s) => `- ${s}`));
    }
  }
  if (report.nextSteps.length) out.push('', '## Next steps', '', ...report.nextSteps.map((step) => `- ${step}`));
  return `${out.join('\n')}\n`;
}
