// A kit as a printable HTML page: every question with what a good answer shows, red flags, the scale with a box
// to tick, and the plan. Everything the user wrote is escaped; the page loads nothing and runs no script.
import type { KitPlan, KitQuestion } from '@rehearse/core';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;
const items = (list: readonly string[]) => list.map((item) => `<li>${escapeHtml(item)}</li>`).join('');

const STYLE = `body{font:11pt/1.45 system-ui,sans-serif;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#111}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-top:1px solid #999;padding-top:1rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:.3rem .4rem;text-align:left;vertical-align:top}
.box{display:inline-block;width:.9rem;height:.9rem;border:1px solid #333;margin-right:.4rem}
.notes{height:5rem;border:1px solid #999}
@media print{section{break-inside:avoid-page}a{color:inherit}}`;

function question(q: KitQuestion, index: number) {
  return `<section>
<h2>${index + 1}. ${escapeHtml(q.prompt)}</h2>
<p>${escapeHtml(q.competency)} · ${minutes(q.targetSeconds)}</p>
${q.sampleAnswer ? `<h3>Sample answer</h3><p>${escapeHtml(q.sampleAnswer)}</p>` : ''}
<h3>What a good answer shows</h3><ul>${q.keyPoints.map((p) => `<li><span class="box"></span>${escapeHtml(p.label)}</li>`).join('')}</ul>
${q.redFlags.length ? `<h3>Red flags</h3><ul>${items(q.redFlags)}</ul>` : ''}
<h3>Rating</h3><table><tbody>${q.scale
    .map(
      (s) =>
        `<tr><td><span class="box"></span>${s.rating}</td><th scope="row">${escapeHtml(s.label)}</th><td>${escapeHtml(s.description)}</td></tr>`,
    )
    .join('')}</tbody></table>
<h3>Notes</h3><div class="notes"></div>
</section>`;
}

export function kitPrintHtml(kit: { role: string; level: string }, questions: readonly KitQuestion[], plan: KitPlan) {
  const title = `${kit.role} (${kit.level}): interview kit`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p>Candidate: ____________________ Interviewer: ____________________ Date: __________</p>
<h2>Plan (${minutes(plan.totalSeconds)})</h2>
<table><thead><tr><th scope="col">At</th><th scope="col">What</th><th scope="col">Time</th></tr></thead><tbody>${plan.items
    .map(
      (i) =>
        `<tr><td>${minutes(i.startsAtSeconds)}</td><td>${escapeHtml(i.title)}</td><td>${minutes(i.seconds)}</td></tr>`,
    )
    .join('')}</tbody></table>
${questions.map(question).join('\n')}
<section><h2>Recommendation</h2><p><span class="box"></span>Strong no <span class="box"></span>No <span class="box"></span>Yes <span class="box"></span>Strong yes</p></section>
</main></body></html>`;
}
