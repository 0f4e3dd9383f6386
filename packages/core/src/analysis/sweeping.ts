// Sweeping claims: what a confident answer says when it has stopped weighing conditions and costs ("by
// definition", "guarantees", "costs nothing", "is only needed for", "is overkill"). One can be a figure of speech;
// several in one answer are how a fluent but wrong answer sounds. Generic English, independent of any question.
import type { AnalyzedText } from '../language/types.ts';
import type { ClaimMarks } from './claims.ts';

const SWEEPING = new RegExp(
  String.raw`\b(?:by definition|guarantee[sd]?|out of the box|costs? nothing|for free|free of charge|regardless of|perfect(?:ly)?|permanently|forever|unlimited|exactly[- ]once|no matter what|in (?:all|every) cases?|never (?:fails?|matters?|an issue|a problem|needed|necessary|happens?)|(?:is|are) (?:always|never) (?:safe|needed|necessary|fine|enough|required|a good idea)|only (?:matters?|needed|necessary|relevant|useful|applies|a concern)|(?:is|are) unnecessary|(?:is|are|'s|'re) (?:totally |perfectly |completely |mostly |basically |just )?fine|trivial(?:ly)?|(?:is|are)n't (?:a |an )?(?:real |big )?(?:concern|worry|deal)|(?:is|are)n't something to worry about|(?:do|does)n't need any|(?:a )?strict upgrade|(?:is|are) enough|just another name|another name for|the same thing|no (?:real )?difference|can(?:'|no)t (?:ever )?happen|impossible|safe to (?:ignore|skip)|do(?:es)?n't matter|irrelevant|obsolete|nobody uses|entirely|completely|totally|100 ?%|zero risk|no risk|risk[- ]free|instantly|always works|solves? (?:it|everything|all|every)|never need(?:s)? to|(?:do|does)n't (?:need|have) to worry|nothing to worry about|takes? care of (?:it|everything)|just works|no downsides?|(?:is|are) overkill|skip (?:it|them|the)|waste of|pointless|(?:is|are|'s|'re|be|seems?|feels?) (?:\w+ )?optional|not needed|(?:is|are)n't needed|no need|only (?:happens?|occurs?|exists?|works?) (?:in|with|when|for|on)|(?:the )?(?:best|most reliable|safest|only) (?:place|way|approach|solution|fix|option|choice|behaviou?r|protection|practice)|standard (?:practice|solution|approach)|(?:is|are) (?:preferred|ideal|harmless|interchangeable)|all (?:you|we) (?:need|ever need)|zero (?:\w+ )?(?:impact|risk|cost|downside|overhead)|(?:don'?t|do not|never) lie|reserved for|(?:should|must) always|every (?:function|method|class|request|error|failure|layer|endpoint|query|service|table|field|call) should|in every (?:database|language|case|situation|system|framework|setup)|(?:is|are) (?:a )?(?:healthy|good) (?:sign|pattern)|stops? (?:\w+ )?cold|(?:just|merely|mainly|only) a (?:\w+ )?(?:checkbox|formality|buzzword|backup)|(?:is|are|was|were)n't worth|not worth (?:the|it)|a solved problem|(?:does|do|did)n't (?:really )?help (?:much|at all)|(?:do|does)n't need (?:\w+ ){0,3}any ?more|(?:is|are|'s|'re) (?:an? )?(?:old|outdated|dated) (?:\w+ )?(?:pattern|approach|practice|idea))\b`,
  'g',
);
/** A negator just before the phrase turns it into a caveat: "it is not free", "this doesn't guarantee order". */
const NEGATED_BEFORE = /\b(?:not|n't|never|no|hardly)\s+(?:\w+\s+)?$/;

/** Indexes of the sentences that make a sweeping claim in the speaker's own voice. */
export function sweepingSentences(text: AnalyzedText, claims: ClaimMarks): number[] {
  const found: number[] = [];
  for (const sentence of text.sentences) {
    if (claims.reportingSentences.has(sentence.index)) continue;
    const lower = sentence.text.toLowerCase().replace(/’/g, "'");
    for (const match of lower.matchAll(SWEEPING)) {
      if (NEGATED_BEFORE.test(lower.slice(0, match.index))) continue;
      found.push(sentence.index);
      break;
    }
  }
  return found;
}
