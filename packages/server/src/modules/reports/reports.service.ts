// A session's report, from what the interview already shows its owner: the same checks, so another user's
// interview is "not found" here too.
import { reportMarkdown, sessionReport, type ReportTurn } from '@rehearse/core';
import type { InterviewService } from '../interviews/interviews.service.ts';
import type { Viewer } from '../questions/questions.service.ts';
import { reportPdf } from './report-pdf.ts';

export function createReportService(deps: { interviews: InterviewService }) {
  async function build(id: string, viewer: Viewer) {
    const view = await deps.interviews.get(id, viewer);
    const summary = await deps.interviews.summary(id, viewer);
    const turns: ReportTurn[] = view.turns.map((turn) => ({
      questionId: turn.questionId,
      kind: turn.kind,
      prompt: turn.prompt,
      mode: turn.mode,
      answerText: turn.answerText,
      analysis: turn.analysis,
      delivery: turn.spoken?.delivery ?? null,
    }));
    const settings = { round: view.settings.round, level: view.settings.level, minutes: view.settings.minutes };
    return sessionReport({
      createdAt: view.createdAt,
      settings,
      summary: summary,
      turns,
    });
  }

  return {
    async markdown(id: string, viewer: Viewer) {
      const report = await build(id, viewer);
      return { date: report.date, body: reportMarkdown(report) };
    },
    async pdf(id: string, viewer: Viewer) {
      const report = await build(id, viewer);
      return { date: report.date, body: await reportPdf(report) };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
