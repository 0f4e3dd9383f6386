// Generic cue phrases of spoken technical and behavioral answers, independent of any question: the words people
// use when they weigh a trade-off, walk through a failure, give an example, or tell a STAR story. They are
// compiled once, lazily, and matched like evidence phrases (by lemma, negation-aware).
import { compilePhrase, type CompiledPhrase } from '../language/phrase-match.ts';
import { phrases } from '../language/word-lists.ts';

const CUE_LISTS = {
  tradeOff: phrases(
    'trade-off|tradeoff|at the cost of|at the expense of|downside|drawback|the catch|on the other hand',
    'overkill|not worth|worth it|pros and cons|in exchange for|the price|comes at a cost|it depends',
    'depends on|costs more|more complex|simpler but|the risk is|the cost is|cheaper|more expensive',
    'overhead|the limit|limitation|trade|compromise|whereas|instead of|rather than|versus|unless',
    'only worth|not always|sweet spot',
  ),
  failure: phrases(
    'fail|failure|crash|goes down|go down|die|dies|timeout|time out|times out|outage|lose|lost|error',
    'exception|break|unavailable|unreachable|corrupt|conflict|edge case|worst case|unhappy path|roll back',
    'rollback|retry|fallback|fall back|overload|leak|bug|what if|what happens if|race condition|deadlock',
    'incident|degrade|partial failure|duplicate|stale|slow|bottleneck|blast radius|the risk',
  ),
  example: phrases(
    'for example|for instance|e.g.|such as|imagine|suppose|say we|say you|say a|say the|let us say',
    "let's say|in my last|at my previous|on my last|in our system|in our team|at work|we had|we once",
    'last year|in practice|in production|a case where|real example|concretely|like when',
  ),
  reasoning: phrases(
    'because|so that|which means|that means|that way|therefore|as a result|otherwise|since|in order to',
    "this is why|that's why|the reason|thanks to|due to|leads to|causes|so we can|so it can|so they",
    'so you can|which makes|in turn',
  ),
  sequence: phrases(
    'first|firstly|second|secondly|third|then|next|after that|finally|lastly|on top of that|also',
    'in addition|beyond that|to start|start with|begin with|once|before|afterwards',
  ),
  decision: phrases(
    "i choose|i pick|i prefer|i would use|i'd use|i'd go with|i go with|i reach for|i decide|i usually",
    'my default|rule of thumb|worth it when|i would choose|i recommend|it depends on|depends on',
    'choose based on|when to use|i use it when|i avoid|pick one|the right choice|good fit|suits|prefer',
  ),
  filler: phrases(
    'um|uh|erm|you know|i mean|basically|kind of|sort of|i guess|i think|probably|pretty much',
    'or something|stuff like that|things like that|and so on|whatever|really|actually|just|literally',
    'obviously|definitely|a lot of|very|super',
  ),
  situation: phrases(
    'last year|at my previous|in my last|in my previous|at my last|when i was|we had|there was|our team',
    'one time|a few years ago|at the time|back when|our service|our system|we were|the company|a project',
    'a customer|a client',
  ),
  task: phrases(
    'my role|my job|i was responsible|responsible for|i was asked|i had to|my task|i owned|i was the',
    'my responsibility|it was up to me|i needed to|i volunteered|my goal|the goal was|i was on call',
    'assigned to me|i led|i was leading',
  ),
  result: phrases(
    'as a result|in the end|the result|resulted in|reduced|improved|increased|dropped|cut|saved',
    'back to normal|restored|shipped|delivered|fixed|since then|outcome|succeeded|percent|%|went from',
    'down from|up from|ended up|we launched|no longer|never happened again',
    'fell|halved|doubled|tripled|went down|went up|fewer|faster',
  ),
  learning: phrases(
    "i learned|i learnt|lesson|taught me|next time|i would do differently|i'd do differently|in hindsight",
    'looking back|since then i|now i|postmortem|post-mortem|retrospective|retro|blameless|takeaway',
    'i realised|i realized|changed how i',
  ),
  requirements: phrases(
    'requirement|use case|who uses|consumer|client|user|actor|read-heavy|write-heavy|how many|scale',
    'traffic|volume|constraint|non-functional|latency|sla|clarify|assume|assumption',
  ),
  resources: phrases(
    'resource|entity|data model|model|schema|table|record|field|attribute|relationship|collection',
    'identifier|id|store|storage',
  ),
  interface: phrases(
    'endpoint|api|interface|get|post|put|patch|delete|request|response|payload|contract|method|route|url',
    'path|query parameter|header|operation|event|message|call',
  ),
  errors: phrases(
    'error|status code|4xx|5xx|400|404|409|422|429|500|validation|fail|failure|retry|idempotent',
    'idempotency|timeout|problem details|conflict|invalid|edge case',
  ),
  evolution: phrases(
    'version|versioning|evolve|evolution|backward compatible|breaking change|deprecate|later|grow',
    'scale out|shard|partition|cache|pagination|paginate|migrate|migration|extend|future|monitor|metrics',
  ),
} as const;

export type CueKind = keyof typeof CUE_LISTS;

let compiled: Record<CueKind, readonly CompiledPhrase[]> | undefined;

/** The compiled cue phrases of one kind. */
export function cues(kind: CueKind): readonly CompiledPhrase[] {
  compiled ??= Object.fromEntries(
    Object.entries(CUE_LISTS).map(([name, list]) => [name, list.map((text) => compilePhrase(text))]),
  ) as unknown as Record<CueKind, readonly CompiledPhrase[]>;
  return compiled[kind];
}
