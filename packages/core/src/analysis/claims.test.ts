// Claims, not words: evidence must be asserted, misconceptions fire on their claim, and "I don't know" answers are
// not assessed. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../language/read-text.ts';
import { createQuestionIndex } from '../questions/search.ts';
import { analyzeAnswer } from './analyze-answer.ts';
import { isDistanced, markClaims } from './claims.ts';
import { sweepingSentences } from './sweeping.ts';
import { fixture, FIXTURE_QUESTIONS } from './test-fixtures/questions.ts';

const index = createQuestionIndex(FIXTURE_QUESTIONS);
const injection = fixture('sql-injection');
const point = (answer: string, id: string) =>
  analyzeAnswer(injection, answer, { index }).keyPoints.find((p) => p.id === id);

describe('alternatives set aside', () => {
  it('warns against every alternative listed after "rather than", up to the speaker\'s own clause', () => {
    const text = analyzeText('Rather than guess myself, or promise both and exhaust the team, I asked for numbers.');
    const marks = markClaims(text);
    const clauseOf = (word: string) => text.tokens.find((t) => t.text === word)!.clause;
    expect(marks.warnedClauses.has(clauseOf('guess'))).toBe(true);
    expect(marks.warnedClauses.has(clauseOf('promise'))).toBe(true);
    expect(marks.warnedClauses.has(clauseOf('asked'))).toBe(false);
  });
});

describe('what a clause asserts', () => {
  it('marks a sentence that reports a belief in order to refute it', () => {
    const marks = markClaims(analyzeText('A classic mistake is to escape the quotes by hand. Bind the values.'));
    expect([...marks.reportingSentences]).toEqual([0]);
    const belief = 'A common belief is that escaping is enough. It is not. My belief is that binding is simpler.';
    expect([...markClaims(analyzeText(belief)).reportingSentences]).toEqual([0]);
  });

  it('marks the clause a speaker warns against, and the one that dismisses a measure', () => {
    const text = analyzeText('To avoid string building, we bind values, and the allow-list is overkill here.');
    const marks = markClaims(text);
    const clauseOf = (word: string) => text.tokens.find((t) => t.text === word)!.clause;
    expect(marks.warnedClauses.has(clauseOf('building'))).toBe(true);
    expect(marks.warnedClauses.has(clauseOf('bind'))).toBe(false);
    expect(marks.dismissedClauses.has(clauseOf('overkill'))).toBe(true);
  });
});

describe('a heading that announces pitfalls', () => {
  it('reports the sentences under it, to the end of its paragraph, as what to avoid', () => {
    const text = analyzeText(
      'What can go wrong here. First, a cache without expiry. Second, one shared key for all tenants.\n\n' +
        'I would give every key a tenant prefix.',
    );
    expect([...markClaims(text).reportingSentences].sort()).toEqual([1, 2]);
    // A long sentence that mentions a mistake in passing is no heading for the next ones.
    const passing = analyzeText(
      'We fixed the mistake in the billing job last week after the customer support team escalated it twice. Keys never expire.',
    );
    expect(markClaims(passing).reportingSentences.has(1)).toBe(false);
  });
});

describe('a dismissing adjective', () => {
  it('dismisses what it is said of, not a kind of thing it names', () => {
    const dismissed = (sentence: string, word: string) => {
      const text = analyzeText(sentence);
      return markClaims(text).dismissedClauses.has(text.tokens.find((t) => t.text === word)!.clause);
    };
    expect(dismissed('Retries are optional for the reporting job.', 'Retries')).toBe(true);
    expect(dismissed('Honestly the index felt pointless.', 'index')).toBe(true);
    expect(dismissed('Every optional field gets a default value.', 'default')).toBe(false);
    expect(dismissed('Anything optional gets a default value.', 'default')).toBe(false);
    const sweeping = (sentence: string) => sweepingSentences(analyzeText(sentence), markClaims(analyzeText(sentence)));
    expect(sweeping('Every optional field gets a default value.')).toEqual([]);
    expect(sweeping('Input validation is optional behind the gateway.')).toEqual([0]);
  });
});

describe('confident dismissals', () => {
  it('hear a measure called a myth or overrated as dismissed', () => {
    const text = analyzeText('Replication lag is a myth on modern hardware.');
    expect(markClaims(text).dismissedClauses.has(text.tokens[0]!.clause)).toBe(true);
  });

  it('count "mostly fine", "trivial" and "not a concern" as sweeping, as a fluent wrong answer says them', () => {
    const sweeping = (sentence: string) => sweepingSentences(analyzeText(sentence), markClaims(analyzeText(sentence)));
    expect(sweeping('The schema is mostly fine as it stands.')).toEqual([0]);
    expect(sweeping('Switching vendors later is trivial.')).toEqual([0]);
    expect(sweeping("Latency isn't a real concern for this job.")).toEqual([0]);
    expect(sweeping("Losing a few events isn't a big deal.")).toEqual([0]);
    expect(sweeping('The schema needs two changes before the new report can use it.')).toEqual([]);
  });

  it('count dismissals of a measure as sweeping: not worth it, a solved problem, an old pattern', () => {
    const sweeping = (sentence: string) => sweepingSentences(analyzeText(sentence), markClaims(analyzeText(sentence)));
    expect(sweeping("Read replicas aren't worth the trouble at our size.")).toEqual([0]);
    expect(sweeping('Clock skew is a solved problem these days.')).toEqual([0]);
    expect(sweeping("An index doesn't help much on a table like this.")).toEqual([0]);
    expect(sweeping("With the new gateway we don't need request signing anymore.")).toEqual([0]);
    expect(sweeping('Sticky sessions are an outdated approach.')).toEqual([0]);
    expect(sweeping('The old approach kept every session in memory, so a restart logged everyone out.')).toEqual([]);
    expect(sweeping('The second replica is worth the cost, since a failover takes seconds.')).toEqual([]);
  });
});

describe('an action called not enough', () => {
  it('is the speaker warning against relying on it, not claiming it ("can\'t just hide the button")', () => {
    const text = analyzeText("You can't just hide the delete button for guests, the server has to check the role too.");
    const marks = markClaims(text);
    const hide = text.tokens.findIndex((t) => t.text === 'hide');
    expect(isDistanced(marks, text.tokens, [hide])).toBe(true);
    const plain = analyzeText('We hide the delete button for guests and the server checks the role too.');
    const plainHide = plain.tokens.findIndex((t) => t.text === 'hide');
    expect(isDistanced(markClaims(plain), plain.tokens, [plainHide])).toBe(false);
  });
});

describe('a supposition without a comma', () => {
  const positions = (text: ReturnType<typeof analyzeText>, word: string) =>
    text.tokens.flatMap((t, i) => (t.text === word ? [i] : []));

  it('supposes up to the consequent and asserts from there', () => {
    const text = analyzeText('If the job needs cleanup we can catch the kill signal and finish it.');
    const marks = markClaims(text);
    expect(isDistanced(marks, text.tokens, positions(text, 'cleanup'))).toBe(true);
    expect(isDistanced(marks, text.tokens, positions(text, 'catch'))).toBe(false);
  });

  it('reads "trap" as a pitfall only as a noun ("we trap the signal" does something)', () => {
    const verb = analyzeText('On shutdown we trap the signal and drain the queue.');
    expect(markClaims(verb).reportingSentences.size).toBe(0);
    const noun = analyzeText('A common trap is to think the queue drains itself.');
    expect(markClaims(noun).reportingSentences.size).toBe(1);
  });

  it('reports no belief when it supposes a fault ("if an entry is wrong")', () => {
    const text = analyzeText('If an entry is wrong, an admin can rewrite the audit trail.');
    const marks = markClaims(text);
    expect(marks.reportingSentences.size).toBe(0);
    expect(isDistanced(marks, text.tokens, positions(text, 'rewrite'))).toBe(false);
  });

  it('keeps a short supposition whole: its own subject is not a consequent', () => {
    const text = analyzeText('If we catch the kill signal nothing happens.');
    expect(isDistanced(markClaims(text), text.tokens, positions(text, 'catch'))).toBe(true);
  });
});

describe('a cue word inside the phrase is the claim itself', () => {
  it('does not distance a phrase from its own warning word, only from one outside it', () => {
    const claim = analyzeText('Switch statements are always bad.');
    const all = claim.tokens.flatMap((t, i) => (/\w/.test(t.text) ? [i] : []));
    expect(isDistanced(markClaims(claim), claim.tokens, all)).toBe(false);
    const warning = analyzeText('Avoid long switch statements.');
    const subject = warning.tokens.flatMap((t, i) => (/switch|statements/.test(t.text) ? [i] : []));
    expect(isDistanced(markClaims(warning), warning.tokens, subject)).toBe(true);
  });
});

describe('misconceptions fire on the claim', () => {
  const WRONG =
    'Injection is when input becomes part of the query and the attacker runs their own SQL. Honestly I just escape the quotes in every field before building the string, and that covers it.';

  it('fires when the speaker asserts the misconception, and costs points whatever else the answer does', () => {
    const analysis = analyzeAnswer(injection, WRONG, { index });
    expect(analysis.misconceptions.map((m) => m.id)).toEqual(['escaping-enough']);
    const without = analyzeAnswer(
      injection,
      WRONG.replace('I just escape the quotes in every field', 'I pass every field separately'),
      { index },
    );
    expect(analysis.scores.overall).toBeLessThan(without.scores.overall);
  });

  it('does not fire when the speaker reports it as a mistake or warns against it', () => {
    const reported = analyzeAnswer(
      injection,
      'People often think it is enough to escape the quotes by hand, but encodings slip past that. I bind every value as a parameter of a prepared statement instead, so input never becomes code.',
      { index },
    );
    expect(reported.misconceptions).toEqual([]);
    const warned = analyzeAnswer(
      injection,
      'Avoid trying to escape the quotes yourself. Use a prepared statement with placeholders so the values travel apart from the SQL text.',
      { index },
    );
    expect(warned.misconceptions).toEqual([]);
  });

  it('needs the claim in a few words, not two of its words at the ends of an unpunctuated transcript', () => {
    const spread =
      'um by hand we build one table name today the driver binds each value as a parameter with only that name left to escape';
    expect(analyzeAnswer(injection, spread, { index }).misconceptions).toEqual([]);
    const close = 'um for us escaping by hand is enough with parameters unneeded';
    expect(analyzeAnswer(injection, close, { index }).misconceptions.map((m) => m.id)).toEqual(['escaping-enough']);
  });

  it('hears a claim in other words only when something is said of its names', () => {
    const withOrmClaim = {
      ...injection,
      misconceptions: [
        {
          id: 'orm-solves-it',
          claim: 'An ORM framework solves injection by itself.',
          signals: ['the orm framework solves injection'],
          correction: 'An ORM binds values, but raw queries and sort columns built from input still need care.',
        },
      ],
    };
    const ids = (answer: string) => analyzeAnswer(withOrmClaim, answer, { index }).misconceptions.map((m) => m.id);
    expect(ids('Our ORM framework builds most queries. Every value is bound as a parameter.')).toEqual([]);
    expect(ids('The ORM solves all of it for us. We never think about it.')).toEqual(['orm-solves-it']);
  });

  it('hears a negative claim in other words only when the answer negates it too', () => {
    const withNegativeClaim = {
      ...injection,
      misconceptions: [
        {
          id: 'selects-harmless',
          claim: 'Select statements can never be dangerous.',
          signals: ['a select cannot do harm'],
          correction: 'An injected select can read every row the connection may see.',
        },
      ],
    };
    const ids = (answer: string) => analyzeAnswer(withNegativeClaim, answer, { index }).misconceptions.map((m) => m.id);
    expect(ids('Select statements can be dangerous too: they read rows.')).toEqual([]);
    expect(ids('Select statements are never dangerous, they only read.')).toEqual(['selects-harmless']);
  });

  it("hears the claim in other words by the claim's own words, not by a word one signal happens to use", () => {
    // "strip" comes from the signal "strip the quotes"; trimming input by hand claims nothing about injection.
    const trimming =
      'I strip trailing spaces by hand before saving. Every value is bound as a parameter of a prepared statement.';
    expect(analyzeAnswer(injection, trimming, { index }).misconceptions).toEqual([]);
  });

  it('does not count a sentence holding a misconception as evidence of a point', () => {
    const answer =
      'The query is safe once I escape the quotes, since a prepared statement is just string concatenation done by the driver.';
    const analysis = analyzeAnswer(injection, answer, { index });
    expect(analysis.misconceptions).toHaveLength(1);
    expect(analysis.keyPoints.find((p) => p.id === 'parameters')?.covered).toBe(false);
  });
});

describe('denials without a negation word', () => {
  it('treats a measure called overkill as dismissed, not made', () => {
    const dismissed = point(
      'An injection means input turns into SQL the attacker wrote. A restricted database user is overkill for a small service, so I skip it.',
      'least-privilege',
    );
    expect(dismissed?.covered).toBe(false);
    expect(dismissed?.denied).toBe(true);
  });

  it('hears a measure called not needed or not worth it as dismissed, and the rest of its sentence as no evidence', () => {
    const notNeeded = point(
      "A restricted database user isn't really needed if the service can only limit the damage through its own API.",
      'least-privilege',
    );
    expect(notNeeded?.covered).toBe(false);
    expect(notNeeded?.denied).toBe(true);
    const notWorthIt = point(
      "Least privilege accounts aren't worth the bother for one small internal tool.",
      'least-privilege',
    );
    expect(notWorthIt?.denied).toBe(true);
  });

  it('dismisses nothing where the speaker only says something need not happen', () => {
    const aside = point(
      "The app connects as a restricted database user, so an injected query doesn't need to be caught by us alone.",
      'least-privilege',
    );
    expect(aside?.covered).toBe(true);
    expect(aside?.denied).toBe(false);
  });

  it('reads "need no" as rejecting what follows', () => {
    const rejected = point(
      'Modern drivers need no placeholders at all because they clean the text for you before it reaches the database.',
      'parameters',
    );
    expect(rejected?.covered).toBe(false);
    expect(rejected?.denied).toBe(true);
  });
});

describe('answers that admit not knowing', () => {
  it('are not assessed however long they run', () => {
    const analysis = analyzeAnswer(
      injection,
      'Honestly I have never had to deal with that in my projects so far. I would probably look it up online when the problem came up, or ask one of the senior engineers on the team what they normally do, because they would know the right approach for our stack.',
      { index },
    );
    expect(analysis.verdict).toBe('not-enough-to-assess');
    expect(analysis.scores.overall).toBeLessThanOrEqual(20);
  });

  it('recognises deflection in other words: not my area, leave it to others, no opinion', () => {
    for (const answer of [
      "That's not really my area. I'd leave it to the security folks and go with whatever the framework does for us.",
      "I couldn't tell you off-hand how the driver deals with it. I'd read up on it first, or ask whoever knows the database layer best.",
      "I don't have a strong opinion on that either way. Whatever the team decides is fine by me, and I'd just hope it holds up.",
    ]) {
      const analysis = analyzeAnswer(injection, answer, { index });
      expect(analysis.substance.admitsNotKnowing, answer).toBe(true);
      expect(analysis.verdict, answer).toBe('not-enough-to-assess');
    }
  });

  it('does not take one hedge in a long explanation for not knowing', () => {
    const analysis = analyzeAnswer(
      injection,
      'The attacker gets in when we glue what the user typed into the SQL text, because the database then parses it as part of the statement. ' +
        'So every value goes in as a bound parameter: the statement is sent with placeholders and the values travel separately. ' +
        'For the sort column, which cannot be a parameter, I pick the name from a fixed list of columns we allow. ' +
        "I'm not sure every legacy report has been moved over yet, so I'd grep for string-built queries. " +
        'And the service account only gets the rights it needs, so a slip cannot drop tables.',
      { index },
    );
    expect(analysis.substance.admitsNotKnowing).toBe(false);
    expect(analysis.verdict).toBe('assessed');
  });

  it('still assesses an answer that hedges but explains', () => {
    const analysis = analyzeAnswer(
      injection,
      "I haven't used every driver, but the fix I know is a prepared statement: the SQL has placeholders and the values are sent separately, so they are never parsed as code. For a sort column I check the name against a list of known column names.",
      { index },
    );
    expect(analysis.verdict).toBe('assessed');
  });
});

describe('consistent cards', () => {
  it('gives content 100 only when every key point is made', () => {
    const partial =
      'SQL injection happens when we concatenate user input into the query string, so the attacker runs their own SQL. ' +
      'The fix is a parameterised query: the statement has placeholders and the driver sends the values separately, so the database never treats them as code, for example a quote in a name stays a quote.';
    const analysis = analyzeAnswer(injection, partial, { index });
    expect(analysis.keyPoints.some((p) => !p.covered)).toBe(true);
    expect(analysis.scores.content).toBeLessThan(100);
  });

  it('does not repeat the key-point quotes in the strengths', () => {
    const analysis = analyzeAnswer(
      injection,
      'SQL injection happens when we concatenate user input into the query string, so the attacker runs their own SQL. The fix is a parameterised query with placeholders, so the values are sent separately.',
      { index },
    );
    const quotes = analysis.keyPoints.flatMap((p) => (p.evidence ? [p.evidence] : []));
    expect(analysis.strengths.length).toBeGreaterThan(0);
    for (const strength of analysis.strengths) for (const quote of quotes) expect(strength).not.toContain(quote);
  });
});

describe('sweeping claims', () => {
  const BASE =
    'Injection is when input becomes part of the query and the attacker runs their own SQL. I use a prepared statement with placeholders so the values are sent separately.';

  it('costs little for one and much more for a string of them', () => {
    const plain = analyzeAnswer(injection, BASE, { index }).scores.overall;
    const one = analyzeAnswer(injection, `${BASE} That makes the service safe by definition.`, { index });
    const many = analyzeAnswer(
      injection,
      `${BASE} That makes the service safe by definition. The driver guarantees it for every database. Least privilege is overkill after that. Validation is optional too.`,
      { index },
    );
    expect(one.substance.overclaims).toHaveLength(1);
    expect(many.substance.overclaims.length).toBeGreaterThanOrEqual(3);
    expect(plain - one.scores.overall).toBeLessThan(10);
    expect(one.scores.overall - many.scores.overall).toBeGreaterThanOrEqual(20);
  });

  it('caps a complete answer that makes its points among a string of sweeping claims, like one with wrong claims', () => {
    // Two are forgiven (experts state a rule or two flatly); the third and fourth count as wrong claims.
    const complete =
      'Injection is when input becomes part of the query and the attacker runs their own SQL. I use a prepared statement with placeholders so the values are sent separately. Sort columns go through an allow-list of known column names, and the service account has only the rights it needs.';
    const careful = analyzeAnswer(injection, complete, { index });
    const sweeping = analyzeAnswer(
      injection,
      `${complete} That makes the service safe by definition. The driver guarantees it for every database. Validation is optional too. Least privilege is overkill after that.`,
      { index },
    );
    expect(careful.scores.content).toBeGreaterThan(80);
    expect(sweeping.substance.overclaims.length).toBeGreaterThanOrEqual(4);
    expect(sweeping.scores.content).toBeLessThan(30);
  });

  it('hears approvals stated as settled fact: the best place, standard practice, all you need, zero impact', () => {
    const said = analyzeAnswer(
      injection,
      `${BASE} Escaping quotes in the controller is the best place for it and standard practice in every framework. ` +
        'A web application firewall is all you need on top, and error pages that echo the SQL have zero security impact.',
      { index },
    );
    expect(said.substance.overclaims.length).toBeGreaterThanOrEqual(2);
  });

  it('does not let a point made only inside a sweeping claim cover it', () => {
    const point = (answer: string) =>
      analyzeAnswer(injection, answer, { index }).keyPoints.find((p) => p.id === 'parameters');
    const plain = point(
      `Injection is when input becomes part of the query. I use a prepared statement with placeholders.`,
    );
    const sweeping = point(
      `Injection is when input becomes part of the query. A prepared statement with placeholders guarantees safety in every database, by definition.`,
    );
    expect(plain?.covered).toBe(true);
    expect(sweeping?.strength ?? 0).toBeLessThan(plain?.strength ?? 0);
  });

  it('does not count a caveat that negates the sweeping word', () => {
    const careful = analyzeAnswer(
      injection,
      `${BASE} A prepared statement does not guarantee safety for a column name, so that needs an allow-list of known column names.`,
      { index },
    );
    expect(careful.substance.overclaims).toEqual([]);
  });
});

describe('recited lists', () => {
  it('counts a string of terms as weak evidence, whatever the tagger makes of its words', () => {
    const recited = analyzeAnswer(
      injection,
      'SQL injection: prepared statement, placeholders, bind variables, allow-list, least privilege, escaping, ORM, WAF, OWASP. Follow best practices and it depends on the stack.',
      { index },
    );
    expect(recited.substance.buzzwordList).toBe(true);
    expect(recited.scores.overall).toBeLessThan(40);
  });
});

describe('swapped sides of a comparison', () => {
  const threads = fixture('thread-vs-process');
  const cost = (answer: string) => analyzeAnswer(threads, answer, { index }).keyPoints.find((p) => p.id === 'cost');

  it('does not credit a fact told of the wrong side, and counts it against the point', () => {
    const swapped = cost(
      'A thread is heavier to start than anything else, and it talks to its siblings through pipes.',
    );
    expect(swapped?.covered).toBe(false);
    expect(swapped?.denied).toBe(true);
  });

  it('credits the same fact told of the right side', () => {
    const right = cost('A process is heavier to start than anything else, and it talks to its siblings through pipes.');
    expect(right?.covered).toBe(true);
  });
});

describe('suppositions', () => {
  it('do not assert the misconception they suppose', () => {
    const supposed = analyzeAnswer(
      injection,
      'If you escape the quotes by hand, some encoding still slips through, so I bind every value with a prepared statement instead.',
      { index },
    );
    expect(supposed.misconceptions).toEqual([]);
  });
});

describe('a misconception stated in other words', () => {
  it('fires on a sentence using several words only the wrong belief uses, and not on one of them alone', () => {
    const restated = analyzeAnswer(
      injection,
      'Injection is when input becomes part of the query. I escape every field by hand and strip anything odd before it goes in.',
      { index },
    );
    expect(restated.misconceptions.map((m) => m.id)).toEqual(['escaping-enough']);
    const mentioned = analyzeAnswer(
      injection,
      'Injection is when input becomes part of the query. Escaping is not what I rely on: I bind each value with a prepared statement.',
      { index },
    );
    expect(mentioned.misconceptions).toEqual([]);
  });
});

describe('recited lists in a transcript', () => {
  it('are found by their missing small words, with no commas to go by', () => {
    const spoken = analyzeAnswer(
      injection,
      'sql injection prepared statement placeholders bind variables allow list least privilege escaping orm waf owasp input validation stored procedures best practices it depends on the stack',
      { index },
    );
    expect(spoken.substance.buzzwordList).toBe(true);
    expect(spoken.scores.overall).toBeLessThan(40);
  });

  it('are found when the recogniser slips small words in between the terms', () => {
    const misheard = analyzeAnswer(
      injection,
      'sql injection and the prepared statement is placeholders with bind variables a allow list least privilege in escaping orm waf owasp to input validation stored procedures. best practices it depends on the stack.',
      { index },
    );
    expect(misheard.substance.buzzwordList).toBe(true);
    expect(misheard.scores.overall).toBeLessThan(40);
  });

  it('leave spoken prose alone, though it has no commas either', () => {
    const prose = analyzeAnswer(
      injection,
      'the attacker types a quote into the form and it ends up as part of the query. so we never build the sql from strings we send the values separately as parameters and the driver binds them so they can only ever be data.',
      { index },
    );
    expect(prose.substance.buzzwordList).toBe(false);
  });
});
