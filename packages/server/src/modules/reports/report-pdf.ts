// The session report as a real PDF, drawn with PDFKit: text, a bar chart of the scores, page numbers. The
// standard Helvetica needs no font file; it covers Latin-1 and the usual typography, and anything else is
// spelled without its accents or shown as "?", never dropped silently.
import type PDFKit from 'pdfkit';
import type { ReportAnswer, SessionReport } from '@rehearse/core';

const MARGIN = 56;
const INK = '#111827';
const MUTED = '#4b5563';
const ACCENT = '#2563eb';
const PREVIOUS = '#9ca3af';
const GOOD = '#15803d';
const BAD = '#b91c1c';

/** Typography Helvetica's WinAnsi encoding has beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard font can show: accents stripped where they must be, "?" for what it cannot show at all. */
export function printable(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRA.has(char)) {
      out += char;
      continue;
    }
    if (char === '\t') {
      out += '  ';
      continue;
    }
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += [...base].every((c) => c.codePointAt(0)! <= 0xff) && base.length > 0 ? base : '?';
  }
  return out;
}

export type Doc = InstanceType<typeof PDFKit>;

/** A heading that starts a new page rather than stand alone at the foot of one. */
export function heading(doc: Doc, text: string, size: number) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor(INK).text(printable(text));
  doc.moveDown(0.3);
}

export function paragraph(
  doc: Doc,
  text: string,
  options: { color?: string; font?: string; size?: number; indent?: number } = {},
) {
  doc
    .font(options.font ?? 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(printable(text), { indent: options.indent ?? 0, paragraphGap: 3 });
}

/** The scores as horizontal bars on a 0–100 scale, with the previous attempt's beneath in grey. */
function scoreChart(doc: Doc, report: SessionReport) {
  const labelWidth = 70;
  const barWidth = doc.page.width - 2 * MARGIN - labelWidth - 40;
  const rowHeight = report.withPrevious ? 26 : 18;
  const top = doc.y + 4;
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = MARGIN + labelWidth + (barWidth * tick) / 100;
    doc
      .moveTo(x, top)
      .lineTo(x, top + rowHeight * report.scores.length)
      .strokeColor('#e5e7eb')
      .lineWidth(0.5)
      .stroke();
    doc.text(String(tick), x - 10, top + rowHeight * report.scores.length + 2, { width: 20, align: 'center' });
  }
  report.scores.forEach((score, i) => {
    const y = top + i * rowHeight + 3;
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(INK)
      .text(score.name, MARGIN, y, { width: labelWidth - 6 });
    const x = MARGIN + labelWidth;
    if (score.value !== null) doc.rect(x, y, (barWidth * score.value) / 100, 10).fill(ACCENT);
    doc
      .fillColor(INK)
      .text(score.value === null ? '—' : String(score.value), x + barWidth + 6, y, { width: 34, lineBreak: false });
    if (report.withPrevious && score.previous !== null)
      doc.rect(x, y + 12, (barWidth * score.previous) / 100, 6).fill(PREVIOUS);
  });
  doc.x = MARGIN;
  doc.y = top + rowHeight * report.scores.length + 16;
  if (report.withPrevious)
    paragraph(doc, 'Blue: this attempt. Grey: the attempt it retakes.', { color: MUTED, size: 8 });
}

function answer(doc: Doc, item: ReportAnswer) {
  if (item.kind === 'follow-up') paragraph(doc, `Follow-up: ${item.prompt}`, { font: 'Helvetica-Bold' });
  paragraph(doc, `${item.how}${item.score !== null ? ` (score ${item.score})` : ''}`, {
    font: 'Helvetica-Bold',
    color: MUTED,
    size: 9,
  });
  paragraph(doc, item.text || '(no answer)', { font: 'Helvetica-Oblique', indent: 12 });
  if (item.delivery) paragraph(doc, `Delivery: ${item.delivery}.`, { color: MUTED, size: 9 });
  for (const point of item.covered)
    paragraph(doc, `+ Made: ${point.label}${point.evidence ? ` — “${point.evidence}”` : ''}`, { color: GOOD, size: 9 });
  for (const point of item.missed)
    paragraph(doc, `– Missed: ${point.label} — an interviewer would ask “${point.probe}”`, { color: BAD, size: 9 });
  for (const m of item.misconceptions)
    paragraph(doc, `! Misconception: “${m.sentence}” — ${m.claim}. ${m.correction}`, { color: BAD, size: 9 });
  for (const text of item.strengths) paragraph(doc, `Strength: ${text}`, { size: 9 });
  for (const text of item.improvements) paragraph(doc, `To improve: ${text}`, { size: 9 });
  doc.moveDown(0.4);
}

/** The report as PDF bytes. PDFKit is loaded on the first report: 9 MB the server need not hold until then. */
export async function reportPdf(report: SessionReport): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${report.title} (${report.date})`, Author: 'Rehearse', Subject: report.subtitle },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(report.title);
  paragraph(doc, report.subtitle, { color: MUTED });
  heading(doc, 'Scores', 14);
  scoreChart(doc, report);
  if (report.areas) paragraph(doc, report.areas);
  heading(doc, 'Question by question', 14);
  for (const question of report.questions) {
    heading(doc, `${question.number}. ${question.prompt}`, 12);
    paragraph(doc, `${question.category} · score ${question.score ?? '—'}`, { color: MUTED, size: 9 });
    for (const item of question.answers) answer(doc, item);
  }
  if (report.nextSteps.length) {
    heading(doc, 'Next steps', 14);
    for (const step of report.nextSteps) paragraph(doc, `• ${step}`);
  }
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    doc.switchToPage(pages.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not open a page
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Rehearse · page ${i + 1} of ${pages.count}`, MARGIN, doc.page.height - 36, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
