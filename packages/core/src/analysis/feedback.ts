// Strengths and improvements in plain words, each tied to what the analysis found. Nothing is praised that the
// answer does not contain, and every missing key point comes with the probe an interviewer would ask.
import type { KeyPointCoverage } from './key-points.ts';
import type {
  DepthSignal,
  MisconceptionFound,
  RelevanceReport,
  StructureReport,
  SubstanceReport,
  Verdict,
} from './types.ts';

export interface FeedbackInputs {
  readonly verdict: Verdict;
  readonly keyPoints: readonly KeyPointCoverage[];
  readonly misconceptions: readonly MisconceptionFound[];
  readonly depth: readonly DepthSignal[];
  readonly structure: StructureReport;
  readonly substance: SubstanceReport;
  readonly relevance: RelevanceReport;
}

const DEPTH_PRAISE: Record<DepthSignal['kind'], string> = {
  'trade-offs': 'You weighed a trade-off',
  'failure-cases': 'You covered what happens when things go wrong',
  'concrete-example': 'You grounded it in a concrete example',
};

const DEPTH_ADVICE: Record<DepthSignal['kind'], string> = {
  'trade-offs': 'Weigh a trade-off: what does your approach cost, and when would you choose differently?',
  'failure-cases': 'Walk through the unhappy path: what fails, and what does the system do then?',
  'concrete-example': 'Give a concrete example, from a system you worked on or a small scenario with numbers.',
};

export function strengths(inputs: FeedbackInputs): string[] {
  if (inputs.verdict !== 'assessed') return [];
  const found: string[] = [];
  // The key-point cards quote the evidence already; a strength names what was done well without repeating it.
  const made = inputs.keyPoints.filter((p) => p.covered && p.strength >= 0.7).sort((a, b) => b.weight - a.weight);
  for (const point of made.slice(0, 3)) found.push(`You made the point "${point.label}".`);
  if (inputs.substance.buzzwordList) return found;
  const criticised = new Set([...inputs.misconceptions.map((m) => m.sentence), ...inputs.substance.overclaims]);
  const quoted = new Set(inputs.keyPoints.flatMap((p) => (p.evidence ? [p.evidence] : [])));
  for (const signal of inputs.depth.filter((d) => d.found && !criticised.has(d.evidence ?? '')))
    found.push(
      quoted.has(signal.evidence ?? '')
        ? `${DEPTH_PRAISE[signal.kind]}.`
        : `${DEPTH_PRAISE[signal.kind]}: ${quote(signal.evidence)}`,
    );
  const parts = inputs.structure.parts;
  // Praise for the whole shape only when every part is there, so that no advice below asks for a missing one.
  if (inputs.structure.kind === 'star' && parts.every((p) => p.found))
    found.push('Your story had a clear situation, your role, your actions, the result and what you learnt.');
  if (inputs.structure.kind === 'design-steps' && parts.every((p) => p.found))
    found.push('You walked through the design in steps.');
  return found;
}

export function improvements(inputs: FeedbackInputs, targetWords: number): string[] {
  const advice: string[] = [];
  if (inputs.verdict === 'off-topic') {
    const other = inputs.relevance.seemsToAnswer;
    advice.push(
      other
        ? `This answer seems to address another question ("${other.prompt}") rather than the one asked.`
        : 'This answer does not get to the question asked: it stays general or on other subjects and makes none of the expected points.',
    );
  }
  if (inputs.substance.addressesGrader)
    advice.push('Instructions to whoever scores the answer are ignored and cap its score: answer the question itself.');
  if (inputs.verdict === 'not-enough-to-assess')
    advice.push(`Too short to assess: aim for about ${Math.min(250, targetWords)} words that explain your reasoning.`);
  for (const found of inputs.misconceptions)
    advice.push(
      `You said ${quote(found.sentence)}, which suggests that ${lowerFirst(found.claim)} ${found.correction}`,
    );
  for (const point of inputs.keyPoints.filter((p) => p.denied))
    advice.push(`You dismissed "${point.label}", which matters here; an interviewer would ask: ${point.probe}`);
  // For an answer to another question, the essentials are enough; the rest would bury the main message.
  const missing = inputs.keyPoints
    .filter((p) => !p.covered && !p.denied)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, inputs.verdict === 'off-topic' ? 2 : undefined);
  for (const point of missing)
    advice.push(`You did not cover "${point.label}"; an interviewer would probe: ${point.probe}`);
  if (inputs.verdict !== 'assessed') return advice;
  if (inputs.substance.buzzwordList)
    advice.push('You listed terms without explaining them: pick the few that matter and say how they work and why.');
  for (const sentence of inputs.substance.overclaims.slice(0, 2))
    advice.push(
      `You claimed ${quote(sentence)}: real systems rarely work "automatically" or "always"; say under which conditions it holds and what it costs.`,
    );
  if (inputs.substance.emptySentenceShare > 0.4)
    advice.push('Much of the answer is general talk; replace it with specifics about the question.');
  if (inputs.substance.lengthRatio > 1.7)
    advice.push('The answer runs long for the question; lead with the essentials.');
  if (inputs.substance.fillerShare > 0.08)
    advice.push('Cut fillers and hedges ("basically", "you know", "I think") so the substance stands out.');
  // A story is judged on how it is told; design and unhappy-path advice belongs to technical answers.
  if (inputs.structure.kind !== 'star')
    for (const signal of inputs.depth.filter((d) => !d.found)) advice.push(DEPTH_ADVICE[signal.kind]);
  if (inputs.structure.kind !== 'explanation') {
    for (const part of inputs.structure.parts.filter((p) => !p.found))
      advice.push(
        `Add the missing part of the ${inputs.structure.kind === 'star' ? 'story' : 'design'}: ${part.label}.`,
      );
  }
  return advice;
}

function quote(sentence: string | null): string {
  if (!sentence) return '';
  const words = sentence.split(/\s+/);
  return `"${words.length > 30 ? `${words.slice(0, 30).join(' ')}…` : sentence}"`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
