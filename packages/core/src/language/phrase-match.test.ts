import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase, indexText } from './phrase-match.ts';
import { analyzeText } from './read-text.ts';

function find(phrase: string, text: string, strict = false) {
  return findPhrase(compilePhrase(phrase, { strict }), indexText(analyzeText(text)));
}

describe('evidence phrase matching', () => {
  it('matches by lemma and tolerates word order within a sentence', () => {
    expect(find('pass the values separately', 'The values are passed separately from the SQL text.')).toHaveLength(1);
    expect(
      find('retry with backoff', 'Each retry backs off: we use exponential backoff between retries.'),
    ).toHaveLength(1);
  });

  it('keeps a one-word phrase with small words in order and adjacent', () => {
    expect(find('least connections', 'Pick the server with the least connections.')).toHaveLength(1);
    expect(find('least connections', 'Connections matter least here.')).toHaveLength(0);
  });

  it('meets compounds written apart or together', () => {
    expect(find('backoff', 'The client should back off and try later.')).toHaveLength(1);
    expect(find('dataloader', 'We batch them with a data loader.')).toHaveLength(1);
  });

  it('lets one adjective sit inside a phrase, not any other word', () => {
    expect(find('my strength', 'My biggest strength is patience with flaky systems.')).toHaveLength(1);
    expect(find('my strength', 'My team said strength in numbers.')).toHaveLength(0);
  });

  it('does not match across sentences', () => {
    expect(find('bind variables', 'We bind them. Variables are global.')).toHaveLength(0);
  });

  it('reports a negated match as contradicted, and a negative phrase as matching only when negated', () => {
    const [negated] = find('bind variables', 'I would not use bind variables.');
    expect(negated?.contradicted).toBe(true);
    const [goal] = find("don't assume ordering", "I don't assume ordering between events.");
    expect(goal?.contradicted).toBe(false);
  });

  it('ties the two words of a two-word claim closely: three words between tie them otherwise', () => {
    expect(find('caches are queues', 'Caches are basically queues.', true)).toHaveLength(1);
    expect(find('caches are queues', 'Each cache with its own queues.', true)).toHaveLength(0);
  });

  it('keeps the verdict words of a strict phrase ("ok", "done"): they are its claim', () => {
    expect(find('timeouts are ok for errors', 'Timeouts with an error are what clients expect.', true)).toHaveLength(0);
    expect(find('timeouts are ok for errors', 'Timeouts are ok for errors, really.', true)).toHaveLength(1);
    expect(find('compiles so it is done', 'Once it compiles it is done.', true)).toHaveLength(1);
    expect(find('compiles so it is done', 'Once it compiles the real testing starts.', true)).toHaveLength(0);
  });

  it('keeps quantifiers in strict phrases, for misconceptions', () => {
    expect(find('threads are always faster', 'Threads are lighter and faster.', true)).toHaveLength(0);
    expect(find('threads are always faster', 'Threads are always faster than processes.', true)).toHaveLength(1);
    expect(find('new thread for each request', 'Node starts a new thread for every request.', true)).toHaveLength(1);
  });
});

describe('strict phrases (misconception signals)', () => {
  const hits = (phrase: string, text: string) =>
    findPhrase(compilePhrase(phrase, { strict: true }), indexText(analyzeText(text))).length;

  it('keep their claim within one stretch of words, not across a comma', () => {
    expect(hits('build per environment', 'We build per environment.')).toBe(1);
    expect(hits('build per environment', 'One build, many environments.')).toBe(0);
  });

  it('keep the words that carry the claim, stop words or not', () => {
    expect(hits('mock the repository everywhere', 'We mock the repository everywhere.')).toBe(1);
    expect(hits('mock the repository everywhere', 'A mocked repository returns whatever you told it.')).toBe(0);
  });
});

describe('claims a negation or a limit turns around', () => {
  it('hears a negative phrase under a second negator as its opposite', () => {
    expect(
      find('refactor without tests', 'We refactor without tests when the deadline is close.', true)[0]?.contradicted,
    ).toBe(false);
    expect(find('refactor without tests', 'Never refactor without tests around the code.', true)[0]?.contradicted).toBe(
      true,
    );
    expect(find('coverage means no bugs', "Full coverage doesn't mean no bugs.", true)[0]?.contradicted).toBe(true);
  });

  it('needs the very words a negative phrase negates to be negated, not some other word of the sentence', () => {
    expect(find('backups are never tested', 'Our backups are never tested.', true)[0]?.contradicted).toBe(false);
    // Here "doesn't" negates "mean", while the phrase negates "retried".
    const phrase = 'no-retry means never retried';
    expect(find(phrase, "No-retry doesn't mean 'don't log'; the job is dropped.", true)[0]?.contradicted).toBe(true);
  });

  it('hears "not just" as denying a claim of "just"', () => {
    expect(find('gateway is just a load balancer', 'The gateway is just a load balancer.', true)[0]?.contradicted).toBe(
      false,
    );
    expect(
      find('gateway is just a load balancer', 'A gateway is not just a load balancer.', true)[0]?.contradicted,
    ).toBe(true);
  });
});
