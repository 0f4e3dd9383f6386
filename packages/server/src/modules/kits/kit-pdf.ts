// The kit as a PDF, drawn with PDFKit like the session report: the plan, then each question with its sample
// answer, what a good answer shows (boxes to tick), red flags, the anchored scale and room for notes.
import type { KitPlan, KitQuestion } from '@rehearse/core';
import { heading, paragraph as text, printable, type Doc } from '../reports/report-pdf.ts';

const MARGIN = 50;
const MUTED = '#4b5563';
const BAD = '#b91c1c';

const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

function question(doc: Doc, q: KitQuestion, index: number) {
  heading(doc, `${index + 1}. ${q.prompt}`, 12);
  text(doc, `${q.competency} · ${minutes(q.targetSeconds)}`, { color: MUTED, size: 9 });
  if (q.sampleAnswer) {
    text(doc, 'Sample answer', { font: 'Helvetica-Bold', size: 9 });
    text(doc, q.sampleAnswer, { font: 'Helvetica-Oblique', size: 9, indent: 10 });
  }
  text(doc, 'What a good answer shows', { font: 'Helvetica-Bold', size: 9 });
  for (const point of q.keyPoints) text(doc, `[  ] ${point.label}`, { size: 9, indent: 10 });
  if (q.redFlags.length) {
    text(doc, 'Red flags', { font: 'Helvetica-Bold', size: 9, color: BAD });
    for (const flag of q.redFlags) text(doc, `! ${flag}`, { size: 9, indent: 10, color: BAD });
  }
  text(doc, 'Rating', { font: 'Helvetica-Bold', size: 9 });
  for (const level of q.scale)
    text(doc, `[  ] ${level.rating} ${level.label}: ${level.description}`, { size: 9, indent: 10 });
  text(doc, 'Notes: ______________________________________________________________', { size: 9, color: MUTED });
}

/** The kit as PDF bytes. PDFKit loads on the first PDF, as the reports' does. */
export async function kitPdf(kit: { role: string; level: string }, questions: readonly KitQuestion[], plan: KitPlan) {
  const { default: PDFDocument } = await import('pdfkit');
  const title = `${kit.role} (${kit.level}): interview kit`;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: printable(title), Author: 'Rehearse' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  text(doc, title, { font: 'Helvetica-Bold', size: 18 });
  text(doc, 'Candidate: ______________  Interviewer: ______________  Date: ________', { color: MUTED });
  heading(doc, `Plan (${minutes(plan.totalSeconds)})`, 13);
  for (const item of plan.items)
    text(doc, `${minutes(item.startsAtSeconds)}  ${item.title} (${minutes(item.seconds)})`, { size: 9 });
  questions.forEach((q, i) => question(doc, q, i));
  heading(doc, 'Recommendation', 13);
  text(doc, '[  ] Strong no   [  ] No   [  ] Yes   [  ] Strong yes');
  doc.end();
  return done;
}
