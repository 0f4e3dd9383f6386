// What a hiring manager hears as a warning in any behavioral story, whatever the question: blaming others, keeping
// the team in the dark, deciding alone and refusing to engage, taking work over from the people it belonged to,
// and claiming there was nothing to learn. Read from how such stories are told, not from one question's phrases;
// each is reported like a misconception, with the sentence that shows it and what to do instead.
import type { AnalyzedText } from '../language/types.ts';
import type { MisconceptionFound } from './types.ts';

interface StoryRedFlag {
  readonly id: string;
  readonly claim: string;
  readonly correction: string;
  readonly patterns: readonly RegExp[];
}

/** Someone else's fault, responsibility or failure; never "my fault". */
const OTHERS = String.raw`(?:the |their |his |her )?(?:[\w-]+ ){0,2}(?:[\w-]+'s|team's|qa|ops|pm|product)`;

const RED_FLAGS: readonly StoryRedFlag[] = [
  {
    id: 'story-blames-others',
    claim: 'You put the problem on other people.',
    correction: "Say what you owned and what you'd do differently; describe others' part factually, without blame.",
    patterns: [
      new RegExp(
        String.raw`\b(?:was|is|were) (?:really |honestly |entirely |all |just |partly |mostly |clearly )?(?:on them\b|${OTHERS} (?:fault|problem|responsibility)\b|a failure (?:of|by) (?:the )?(?:[\w-]+ ){0,2}team\b)`,
      ),
      /\broot cause was (?:really |actually |clearly )?(?:qa|the qa|ops|product|them|the (?:other|[\w-]+) team)\b/,
      /\bnot my (?:fault|problem|job|responsibility)\b/,
      /\b(?:because|since) (?:the )?(?:others|other people|my colleagues|the team|they)(?: on the team)? (?:couldn't|could not|can't|didn't|did not) keep up\b/,
      /\bfor not knowing what (?:they|he|she) wanted\b/,
      /\b(?:that|this|it) (?:is|was) on (?:product|qa|ops|them|him|her|the [\w-]+(?: team)?)\b/,
      /\b(?:was|is) (?:really |mostly |largely |all )?down to (?:the )?(?:[\w-]+ )?(?:team|qa|ops|product|design|management|them|him|her)\b/,
      /\bif (?:qa|ops|they|he|she|product|the [\w-]+(?: team)?) had (?:done|been doing) (?:their|his|her) jobs?\b/,
      /\b(?:literally|really|clearly|actually) (?:his|her|their) job\b/,
      /\bexecution was the (?:issue|problem)\b/,
      /\b(?:other teams'|other people's|their|his|her) sloppiness\b/,
      /\b(?:mostly|largely|really) caused (?:elsewhere|by (?:the )?(?:other|[\w-]+) teams?)\b/,
      /\b(?:couldn't|could not|can't|cannot) (?:really )?be expected to\b/,
    ],
  },
  {
    id: 'story-keeps-others-out',
    claim: 'You kept the people affected out of the loop.',
    correction:
      'Tell the people affected early, in the open (the incident channel, the stakeholders, the team), and write it up.',
    patterns: [
      /\bi (?:didn't|did not|never) (?:announce|tell|inform|loop|mention|escalate|involve|update|consult|ask)\w* (?:in |to )?(?:the |my |our |anyone|anybody|them|him|her|product)(?![^.;]*\buntil\b)/,
      /\b(?:without|never) (?:writing (?:anything|it) up|telling (?:anyone|anybody|them|the team)|asking (?:anyone|anybody|them|the team))\b/,
      /\bi skipped (?:discussing|talking|asking|telling|the discussion|the conversation)\b/,
      /\bwhile (?:he|she|they) (?:was|were) (?:offline|away|out|asleep|on holiday|on vacation|on leave)\b/,
      /\b(?:quietly|secretly) (?:fixed|patched|changed|reverted|rolled|merged|pushed)\b/,
      /\bnobody (?:needed|had) to know\b/,
      /\b(?:reverted|fixed|patched|rolled back|changed) (?:it|them|that|the [\w-]+) (?:back )?quietly\b/,
      /\b(?:did not|didn't|never) (?:see the point in|bother) (?:raising|reporting|telling|announcing|flagging|writing|escalating)/,
      /\bi (?:did not|didn't|never) (?:reach out to|make an announcement|raise (?:it|an incident)|flag it|report it|write (?:it|anything) up)\b/,
      /\b(?:decided|chose) not to (?:flag|raise|tell|report|mention|escalate|announce|disclose)\b/,
      /\bkept (?:reporting|marking|calling) (?:the work|it|things|the project) (?:as )?(?:on track|green|fine)\b/,
      /\b(?:told|reported|described)[^.;]{0,40}\b(?:a|just a) (?:display |minor |small |cosmetic )?(?:glitch|blip|improvement)\b/,
      /\b(?:manager|customers?|team|they|he|she) (?:did not|didn't|never) (?:know|find out|hear) (?:the details|about it|about that)\b/,
      /\b(?:without|not to|avoid) (?:creating|causing|create|cause) (?:any )?(?:alarm|noise|panic|a fuss)\b/,
    ],
  },
  {
    id: 'story-decides-alone',
    claim: 'You decided alone and shut the others out of the decision.',
    correction:
      'Bring the people with a stake into the trade-off, make options and costs visible, and agree the decision together.',
    patterns: [
      /\bi (?:told them )?(?:i )?(?:wouldn't|would not|won't|refused to) (?:start|begin|touch|work on)\b[^.;]{0,30}\buntil\b/,
      /\bi refused to (?:accept|change|budge|discuss|listen)\b/,
      /\b(?:change )?requests?\b[^.;]{0,40}\bi (?:declined|refused|rejected)\b/,
      /\bi (?:declined|refused|rejected) (?:all |any |every |their )(?:change|request|feedback|input)/,
      /\bconsensus (?:slows|is slow|wastes)\b/,
      /\bi just (?:picked|chose|decided|went with)\b/,
      /\b(?:did not|didn't) see (?:much )?(?:value|the point|the need) in (?:collecting|asking|getting|discussing|consulting|involving|going through|explaining)\b/,
      /\bi skipped (?:that|the|their|our|those) (?:meeting|review|planning|discussion|session)s?\b/,
      /\b(?:ship|deliver|build) first and (?:explain|ask|apologi[sz]e) later\b/,
      /\bi (?:did not|didn't) go back (?:and forth )?(?:with|to)\b/,
      /\b(?:a leader|leaders|someone|you) (?:just |simply )?(?:needs? to|has to|have to) decide\b/,
      /\bi (?:just )?decide what (?:matters|comes first|is important)\b/,
      /\b(?:endless|pointless) (?:discussion|debate|meeting)s?\b/,
      /\bif you wait for everyone to agree\b/,
      /\bshould (?:simply |just )?(?:decide (?:priorities )?(?:themselves|ourselves|alone)|own the decision|make the call alone)\b/,
    ],
  },
  {
    id: 'story-takes-over',
    claim: "You took over other people's work instead of helping them do it.",
    correction: 'Coach and pair so the work stays theirs; let them present what they built and give them the credit.',
    patterns: [
      /\b(?:i )?(?:usually |often |always |just |end up |ended up )?(?:rewrite|rewrote|rewriting|redo|redid|redoing) (?:it|them) myself\b/,
      /\b(?:rewrite|rewrote|rewriting|redo|redid|redoing) (?:other people's|others'|colleagues'|their|his|her|the juniors?'s?) (?:code|work|pull requests?|prs?)\b/,
      /\bi took over (?:the |his |her |their )[^.;]{0,40}(?:he|she|they)(?:'d| had) (?:started|begun|written)\b/,
      /\bpresented it (?:to [^.;]{0,30})?myself\b/,
      /\bsingle-?handedly\b/,
      /\b(?:rewrote|redid|rebuilt) (?:the whole thing|it all|everything|all of it)\b/,
      /\btook over (?:her|his|their) (?:terminal|keyboard|laptop|session|task|ticket|project|work|design)\b/,
      /\bunder my (?:own )?name\b/,
      /\b(?:started|began) making (?:the )?(?:key |big )?decisions myself\b/,
      /\b(?:simply|just) takes over\b/,
    ],
  },
  {
    id: 'story-nothing-to-learn',
    claim: 'You see nothing to learn or improve.',
    correction:
      'Name what you would do differently and what you changed afterwards; a real weakness, with what you do about it.',
    patterns: [
      /\bi'?d (?:handle|do) (?:it|things|that) (?:exactly )?the same (?:way )?again\b/,
      /\b(?:wouldn't|would not) change (?:a thing|anything)\b/,
      /\bnothing i (?:would|'d) do differently\b/,
      /\bmy code (?:doesn't|does not|never) (?:really )?(?:have|has) (?:any )?bugs\b/,
      /\bi (?:never|rarely|don't|do not) make mistakes\b/,
      /\bi don't (?:really )?(?:need|see the need for) (?:formal |any )?feedback\b/,
      /\bi don't see it causing (?:any )?problems\b/,
      /\b(?:i'm|i am) (?:a bit of |something of )?a perfectionist\b/,
      /\bi care too much\b/,
      /\b(?:aren't|are not|isn't|is not|wasn't|weren't) (?:at|on) my level\b/,
      /\b(?:my|our) (?:approach|call|design) was (?:the right one|right all along)\b/,
      /\b(?:answer|honestly,?) is nothing\b/,
      /\b(?:don't|do not) (?:really )?see it as (?:a )?(?:failure|mistake)\b/,
      /\b(?:didn't|did not) change (?:my|anything about my) (?:approach|behaviou?r|style)\b/,
      /\b(?:too|overly) sensitive\b/,
    ],
  },
  {
    id: 'story-dismisses-others',
    claim: 'You dismissed the people you worked with.',
    correction: "Show respect for others' views and skills: what you learned from them, how you brought them along.",
    patterns: [
      /\b(?:not|wasn't|weren't) technically sound\b/,
      /\b(?:not a good|a poor|a waste of) use of my time\b/,
      /\bwaste of my time\b/,
      /\bcoddl(?:e|ing)\b/,
      /\bshut (?:that|it|him|her|them) down\b/,
      /\btends? to panic\b/,
      /\b(?:they|he|she) (?:were|was) (?:just )?slowing (?:us|me|everyone) down\b/,
      /\bnon-engineers\b/,
      /\b(?:could|should) have found (?:it |that |them |the answers? )?(?:themselves|by)\b/,
      /\btried harder\b/,
      /\bresisting (?:quality|change|progress)\b/,
      /\b(?:isn't|is not|wasn't|was not) really my thing\b/,
    ],
  },
];

/**
 * A sentence that looks back on the behaviour as a mistake ("I used to rewrite it myself; now I pair") tells
 * what was learned, and a behaviour set aside ("rather than decide alone") is not the speaker's.
 */
const REFLECTING =
  /\b(?:mistake|should have|shouldn't have|regret|in hindsight|looking back|lesson|learned|learnt|wish i had|used to|no longer|stopped|anymore|any more|bad habit|back then)\b/;
const SET_ASIDE_BEFORE =
  /\b(?:instead of|rather than|didn't want to|did not want to|avoid(?:ed)?|tempted to|could have|never want to|not to)\b[^.;]*$/;

export interface StoryRedFlagHit extends MisconceptionFound {
  readonly sentenceIndex: number;
}

/** Red flags of a story, one per kind, each with the first sentence that shows it. */
export function findStoryRedFlags(text: AnalyzedText): StoryRedFlagHit[] {
  const hits: StoryRedFlagHit[] = [];
  for (const flag of RED_FLAGS) {
    const sentence = text.sentences.find((s) => showsFlag(flag, normalise(s.text)));
    if (sentence)
      hits.push({
        id: flag.id,
        claim: flag.claim,
        correction: flag.correction,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
      });
  }
  return hits;
}

function showsFlag(flag: StoryRedFlag, sentence: string): boolean {
  if (REFLECTING.test(sentence)) return false;
  return flag.patterns.some((pattern) => {
    const match = pattern.exec(sentence);
    return match !== null && !SET_ASIDE_BEFORE.test(sentence.slice(0, match.index));
  });
}

/** Lower case with straight apostrophes, so "didn’t" and "didn't" read alike. */
function normalise(sentence: string): string {
  return sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}
